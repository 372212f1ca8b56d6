using System.Globalization;
using Anibase.Data.Accounts;
using Anibase.Server.Apps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.Settings.Apps;

/// <summary>The apps the user has approved, and the button that revokes each (AniList's /settings/apps).</summary>
[Authorize]
public sealed class IndexModel(ApprovedApps approvedApps, UserManager<AnibaseUser> users) : PageModel
{
    public IReadOnlyList<ApprovedApp> Apps { get; private set; } = [];

    /// <summary>The app just revoked, to say so.</summary>
    [TempData]
    public string? Revoked { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Apps = await approvedApps.ListAsync(UserId(), cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync([FromForm] int clientId, [FromForm] string? name, CancellationToken cancellationToken)
    {
        await approvedApps.RevokeAsync(UserId(), clientId, cancellationToken);
        Revoked = name ?? clientId.ToString(CultureInfo.InvariantCulture);
        // Post/redirect/get: a reload does not post again.
        return RedirectToPage();
    }

    private int UserId() => int.Parse(users.GetUserId(User)!, CultureInfo.InvariantCulture);
}
