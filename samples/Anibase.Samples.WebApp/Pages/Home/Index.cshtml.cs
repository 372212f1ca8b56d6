using Anibase.Samples.WebApp.AniList;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Anibase.Samples.WebApp.Pages.Home;

/// <summary>The home page: the login link, with a fresh state each time it is shown.</summary>
public sealed class IndexModel(IOptions<AniListOptions> options) : PageModel
{
    public AniListOptions Settings { get; } = options.Value;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? LoginUrl { get; private set; }

    public void OnGet()
    {
        // A cached page would hand out a state this browser no longer holds.
        Response.Headers.CacheControl = "no-store";
        Problems = Settings.Problems();
        if (Problems.Count == 0)
        {
            LoginUrl = AuthorizeLink.Create(Settings, LoginState.Issue(HttpContext));
        }
    }
}
