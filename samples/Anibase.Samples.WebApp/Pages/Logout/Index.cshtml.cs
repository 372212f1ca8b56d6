using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Samples.WebApp.Pages.Logout;

/// <summary>Signs out of this app (the antiforgery-checked POST of the home page's button); the AniList session is the server's.</summary>
public sealed class IndexModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync();
        return LocalRedirect("/");
    }
}
