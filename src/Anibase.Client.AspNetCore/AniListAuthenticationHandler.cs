using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Anibase.Client.GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anibase.Client.AspNetCore;

/// <summary>
/// ASP.NET Core's OAuth handler for AniList: the authorize link as AniList expects it, the code
/// exchange as the framework does it (a form body), then the user's <c>Viewer</c> read from GraphQL
/// into claims.
/// </summary>
public sealed class AniListAuthenticationHandler : OAuthHandler<AniListAuthenticationOptions>
{
    /// <summary>The query the claims come from.</summary>
    public const string ViewerQuery = "query { Viewer { id name avatar { large medium } siteUrl } }";

    /// <summary>Creates the handler; ASP.NET Core does this for each request.</summary>
    /// <param name="options">The scheme's options.</param>
    /// <param name="logger">The logger factory.</param>
    /// <param name="encoder">The URL encoder.</param>
    public AniListAuthenticationHandler(IOptionsMonitor<AniListAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : base(options, logger, encoder)
    {
    }

    /// <summary>
    /// AniList has no scopes: the link carries no <c>scope</c> parameter (the framework's would add
    /// an empty one). The state and, when <see cref="OAuthOptions.UsePkce"/> is on, the PKCE
    /// challenge are the framework's.
    /// </summary>
    /// <param name="properties">The challenge's properties.</param>
    /// <param name="redirectUri">This app's callback URL.</param>
    /// <returns>The authorize URL.</returns>
    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        var url = base.BuildChallengeUrl(properties, redirectUri);
        var split = url.IndexOf('?', StringComparison.Ordinal);
        var kept = url[(split + 1)..].Split('&').Where(p => !p.StartsWith("scope=", StringComparison.Ordinal));
        return new StringBuilder(url, 0, split + 1, url.Length).AppendJoin('&', kept).ToString();
    }

    /// <summary>Reads the user's <c>Viewer</c> with the new token and maps it into claims.</summary>
    /// <param name="identity">The identity to add claims to.</param>
    /// <param name="properties">The login's properties.</param>
    /// <param name="tokens">The token response.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="AniListGraphQLException">The Viewer query failed.</exception>
    protected override async Task<AuthenticationTicket> CreateTicketAsync(
        ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var graphQL = new AniListGraphQLClient(Backchannel, new AniListGraphQLOptions { GraphQLUrl = Options.Endpoints.GraphQLUrl });
        var data = await graphQL.QueryAsync<JsonElement>(ViewerQuery, accessToken: tokens.AccessToken, cancellationToken: Context.RequestAborted)
            .ConfigureAwait(false);
        var viewer = data.GetProperty("Viewer");
        if (viewer.ValueKind != JsonValueKind.Object || !viewer.TryGetProperty("id", out var id) || !id.TryGetInt32(out _))
        {
            throw new AniListGraphQLException("The Viewer query gave no user id.", 200, [], new AniListRateLimit(null, null, null, null));
        }

        var context = new OAuthCreatingTicketContext(new ClaimsPrincipal(identity), properties, Context, Scheme, Options, Backchannel, tokens, viewer);
        context.RunClaimActions();
        await Events.CreatingTicket(context).ConfigureAwait(false);
        return new AuthenticationTicket(context.Principal!, context.Properties, Scheme.Name);
    }
}
