using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.OAuth.Pin;

/// <summary>
/// AniList's PIN page, for apps that cannot receive a redirect (console apps, TV apps): a client
/// whose redirect URI is this page's address gets the user sent here, and the user copies the code
/// (code grant) or the token (implicit grant) into the app. The code arrives in the query and is
/// shown by the server; the token arrives in the fragment, which never reaches a server, so
/// <c>/js/pin.js</c> shows it.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "error")]
    public string? Error { get; set; }

    [BindProperty(SupportsGet = true, Name = "error_description")]
    public string? ErrorDescription { get; set; }

    public void OnGet()
    {
    }
}
