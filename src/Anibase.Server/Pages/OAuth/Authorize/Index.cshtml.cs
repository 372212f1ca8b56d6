using System.Security.Claims;
using Anibase.Data.Accounts;
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
/// the client, the redirect URI and the response type before this page runs. The page asks the
/// signed-in user to approve the client, and the POST (antiforgery-checked by Razor Pages) issues
/// the code or the denial.
/// </summary>
public sealed class IndexModel(
    IOpenIddictApplicationManager applications,
    UserManager<AnibaseUser> users) : PageModel
{
    public string ClientName { get; private set; } = "";

    /// <summary>Where Approve leads, so the user can tell a lookalike app from the real one.</summary>
    public string RedirectHost { get; private set; } = "";

    /// <summary>The authorization request, carried through the approval form unchanged.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestParameters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await ShowOrChallengeAsync(Request.Query);

    public async Task<IActionResult> OnPostAsync([FromForm] string? decision)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return await ShowOrChallengeAsync(Request.Form);
        }

        if (!string.Equals(decision, "approve", StringComparison.Ordinal))
        {
            // OpenIddict turns this into redirect_uri?error=access_denied&state=….
            return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user denied the request.",
            }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request cannot be retrieved.");

        var identity = new ClaimsIdentity(
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: Claims.Name,
            roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        identity.SetClaim(Claims.Name, user.UserName);
        // AniList's tokens name the client as their audience.
        identity.SetResources(request.ClientId!);
        identity.SetDestinations(claim => claim.Type == Claims.Subject ? [Destinations.AccessToken] : []);

        return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IActionResult> ShowOrChallengeAsync(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request cannot be retrieved.");
        var carried = parameters
            .Where(p => !p.Key.StartsWith("__", StringComparison.Ordinal) && p.Key != "decision")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToList();

        if (User.Identity?.IsAuthenticated != true)
        {
            // Log in, then come straight back to this same authorization request.
            var returnUrl = Request.PathBase + Request.Path + QueryString.Create(carried!);
            return Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, IdentityConstants.ApplicationScheme);
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict validated a client that cannot be found.");
        ClientName = await applications.GetLocalizedDisplayNameAsync(application) ?? request.ClientId!;
        if (Uri.TryCreate(request.RedirectUri, UriKind.Absolute, out var redirectUri))
        {
            RedirectHost = string.IsNullOrEmpty(redirectUri.Host) ? redirectUri.Scheme + ":" : redirectUri.Authority;
        }
        RequestParameters = carried;
        return Page();
    }
}
