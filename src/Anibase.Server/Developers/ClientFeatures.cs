using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Developers;

/// <summary>
/// What a client may do beyond AniList's code grant. The defaults are AniList's: a confidential
/// client (it has a secret), the implicit grant on, no refresh tokens.
/// </summary>
/// <param name="IsPublic">
/// A public client (a single-page or mobile app) cannot keep a secret: it has none, and every code
/// it asks for must be bound to a PKCE S256 challenge. Chosen at creation, not changed later.
/// </param>
/// <param name="AllowImplicit">
/// AniList's apps use the implicit grant (<c>response_type=token</c>); RFC 9700 §2.1.2 deprecates
/// it, so a client that does not need it should turn it off.
/// </param>
/// <param name="AllowRefreshTokens">
/// Off as on AniList. On, the client's access tokens live an hour and come with a refresh token
/// that is rotated on every use; a refresh token used twice revokes the whole grant.
/// </param>
public sealed record ClientFeatures(bool IsPublic = false, bool AllowImplicit = true, bool AllowRefreshTokens = false)
{
    public static ClientFeatures Default { get; } = new();

    /// <summary>Writes these features into an OpenIddict application's type, permissions and requirements.</summary>
    internal void ApplyTo(OpenIddictApplicationDescriptor descriptor)
    {
        descriptor.ClientType = IsPublic ? ClientTypes.Public : ClientTypes.Confidential;
        descriptor.Permissions.Clear();
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.ResponseTypes.Code,
        ]);
        if (!IsPublic)
        {
            // RFC 7662 introspection is for clients that can authenticate.
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        if (AllowImplicit)
        {
            descriptor.Permissions.UnionWith([Permissions.GrantTypes.Implicit, Permissions.ResponseTypes.Token]);
        }

        if (AllowRefreshTokens)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        descriptor.Requirements.Remove(Requirements.Features.ProofKeyForCodeExchange);
        if (IsPublic)
        {
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }
    }

    internal static ClientFeatures Of(OpenIddictApplicationDescriptor descriptor) => new(
        IsPublic: descriptor.ClientType == ClientTypes.Public,
        AllowImplicit: descriptor.Permissions.Contains(Permissions.GrantTypes.Implicit),
        AllowRefreshTokens: descriptor.Permissions.Contains(Permissions.GrantTypes.RefreshToken));
}
