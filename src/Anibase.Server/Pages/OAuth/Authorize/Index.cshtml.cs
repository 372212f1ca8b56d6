using System.Globalization;
using System.Security.Claims;
using Anibase.Data.Accounts;
using Anibase.Server.Apps;
using Anibase.Server.OAuth;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Pages.OAuth.Authorize;

/// <summary>
/// The authorization endpoint, in OpenIddict's passthrough mode: OpenIddict has already checked
/// the client, the redirect URI and the response type before this page runs. A user who approved
/// the client before is sent straight back (unless the app asks for <c>prompt=consent</c>);
/// otherwise the page asks, and the POST (antiforgery-checked by Razor Pages) issues the code, the
/// token or the denial.
/// </summary>
public sealed class IndexModel(
    IOpenIddictApplicationManager applications,
    UserManager<AnibaseUser> users,
    ApprovedApps approvedApps) : PageModel
{
    public string ClientName { get; private set; } = "";

    /// <summary>Where Approve leads, so the user can tell a lookalike app from the real one.</summary>
    public string RedirectHost { get; private set; } = "";

    /// <summary>The authorization request, carried through the approval form unchanged.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestParameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = OpenIddictRequest();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? Refuse(Errors.LoginRequired, "The user is not logged in.")
                : LogInFirst(Request.Query);
        }

        var application = await ApplicationAsync(request, cancellationToken);
        if (!request.HasPromptValue(PromptValues.Consent)
            && await approvedApps.FindApprovalAsync(user.Id, application.Id, cancellationToken) is not null)
        {
            return await IssueAsync(request, user, application, cancellationToken);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return Refuse(Errors.ConsentRequired, "The user has not approved this app.");
        }

        return await ShowAsync(request, application.Entry, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? decision, CancellationToken cancellationToken)
    {
        var request = OpenIddictRequest();
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return LogInFirst(Request.Form);
        }

        if (!string.Equals(decision, "approve", StringComparison.Ordinal))
        {
            // OpenIddict turns this into redirect_uri?error=access_denied&state=….
            return Refuse(Errors.AccessDenied, "The user denied the request.");
        }

        return await IssueAsync(request, user, await ApplicationAsync(request, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> IssueAsync(OpenIddictRequest request, AnibaseUser user, Application application, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: Claims.Name,
            roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString(CultureInfo.InvariantCulture));
        identity.SetClaim(Claims.Name, user.UserName);
        // AniList's tokens name the client as their audience.
        identity.SetResources(request.ClientId!);
        identity.SetDestinations(claim => claim.Type == Claims.Subject ? [Destinations.AccessToken] : []);

        if (request.HasResponseType(ResponseTypes.Code)
            && await applications.HasPermissionAsync(application.Entry, Permissions.GrantTypes.RefreshToken, cancellationToken))
        {
            // A client that takes refresh tokens gets short-lived access tokens: that is the point
            // of refresh tokens (RFC 9700 §4.14). OpenIddict issues one for offline_access.
            identity.SetScopes(Scopes.OfflineAccess);
            identity.SetAccessTokenLifetime(OAuthRegistration.RefreshableAccessTokenLifetime);
            identity.SetRefreshTokenLifetime(OAuthRegistration.RefreshTokenLifetime);
        }

        var principal = new ClaimsPrincipal(identity);
        await approvedApps.RememberApprovalAsync(principal, user.Id, application.Id, cancellationToken);
        return SignIn(principal, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private ForbidResult Refuse(string error, string description) =>
        Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    /// <summary>Log in, then come straight back to this same authorization request.</summary>
    private ChallengeResult LogInFirst(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var returnUrl = Request.PathBase + Request.Path + QueryString.Create(Carried(parameters)!);
        return Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, IdentityConstants.ApplicationScheme);
    }

    private async Task<PageResult> ShowAsync(OpenIddictRequest request, object application, CancellationToken cancellationToken)
    {
        ClientName = await applications.GetLocalizedDisplayNameAsync(application, cancellationToken) ?? request.ClientId!;
        var redirectUri = request.RedirectUri
            ?? (await applications.GetRedirectUrisAsync(application, cancellationToken)).FirstOrDefault();
        if (Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri))
        {
            RedirectHost = string.IsNullOrEmpty(uri.Host) ? uri.Scheme + ":" : uri.Authority;
        }

        RequestParameters = Carried(Request.Query);
        return Page();
    }

    private static List<KeyValuePair<string, string>> Carried(IEnumerable<KeyValuePair<string, StringValues>> parameters) =>
        [.. parameters
            .Where(p => !p.Key.StartsWith("__", StringComparison.Ordinal) && p.Key != "decision")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))];

    /// <summary>The client OpenIddict has already validated, looked up once per request.</summary>
    private async Task<Application> ApplicationAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var entry = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict validated a client that cannot be found.");
        return new Application(entry, await applications.GetIdAsync(entry, cancellationToken)
            ?? throw new InvalidOperationException("The client has no identifier."));
    }

    /// <summary>OpenIddict's application entry and its identifier (what authorizations point at).</summary>
    private sealed record Application(object Entry, string Id);

    private OpenIddictRequest OpenIddictRequest() =>
        HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request cannot be retrieved.");
}
