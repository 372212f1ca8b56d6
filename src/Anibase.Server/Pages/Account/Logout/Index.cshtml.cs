using Anibase.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.Account.Logout;

/// <summary>Logging out is a POST (antiforgery-checked) so that no link or image can log a user out.</summary>
public sealed class IndexModel(SignInManager<AnibaseUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
