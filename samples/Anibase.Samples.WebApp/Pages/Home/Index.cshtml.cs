using System.Security.Claims;
using Anibase.Client.AspNetCore;
using Anibase.Samples.WebApp.AniList;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Anibase.Samples.WebApp.Pages.Home;

/// <summary>The home page: who is signed in, from the claims <c>AddAniList</c> made of their Viewer; else the login link.</summary>
public sealed class IndexModel(IOptions<AniListOptions> options) : PageModel
{
    public AniListOptions Settings { get; } = options.Value;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? ViewerName => User.FindFirstValue(ClaimTypes.Name);

    public string? ViewerId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? AvatarUrl => User.FindFirstValue(AniListClaimTypes.Avatar);

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Problems = Settings.Problems();
    }
}
