using Anibase.Client.AspNetCore;
using Microsoft.AspNetCore.Authentication;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>AddAniList</c> on <see cref="AuthenticationBuilder"/>.</summary>
public static class AniListAuthenticationExtensions
{
    /// <summary>Adds "Login with AniList" under the scheme <c>AniList</c>.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Sets the client ID and secret, and <see cref="AniListAuthenticationOptions.Endpoints"/> for an Anibase server.</param>
    /// <returns>The builder.</returns>
    public static AuthenticationBuilder AddAniList(this AuthenticationBuilder builder, Action<AniListAuthenticationOptions> configure) =>
        builder.AddAniList(AniListAuthenticationDefaults.AuthenticationScheme, configure);

    /// <summary>Adds "Login with AniList" under the scheme <paramref name="authenticationScheme"/>.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name, when an app logs in with several AniList-compatible servers.</param>
    /// <param name="configure">Sets the client ID and secret, and <see cref="AniListAuthenticationOptions.Endpoints"/> for an Anibase server.</param>
    /// <returns>The builder.</returns>
    public static AuthenticationBuilder AddAniList(
        this AuthenticationBuilder builder, string authenticationScheme, Action<AniListAuthenticationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOAuth<AniListAuthenticationOptions, AniListAuthenticationHandler>(
            authenticationScheme, AniListAuthenticationDefaults.DisplayName, configure);
    }
}
