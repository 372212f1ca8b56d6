using Anibase.Samples.WebApp.AniList;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Samples.WebApp.Pages.Callback;

/// <summary>
/// Where the AniList server sends the browser back: check the state, exchange the code for a
/// token and ask who it belongs to. The token is used for that one query and never leaves the server.
/// </summary>
public sealed class IndexModel(AniListClient aniList) : PageModel
{
    public Viewer? Viewer { get; private set; }

    public LoginFailure? Failure { get; private set; }

    // The query is read directly rather than bound to handler parameters: MVC logs those at Trace.
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var query = Request.Query;
        var stateMatches = LoginState.Consume(HttpContext, query["state"]);

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            string? description = query["error_description"];
            return Show(error == "access_denied"
                ? LoginFailure.AccessDenied(description)
                : LoginFailure.AuthorizationError(error, description));
        }

        if (!stateMatches)
        {
            return Show(LoginFailure.StateMismatch());
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            return Show(LoginFailure.MissingCode());
        }

        var token = await aniList.ExchangeCodeAsync(code, cancellationToken);
        if (!token.Succeeded)
        {
            return Show(LoginFailure.FromAniList(token.Failure));
        }

        var viewer = await aniList.GetViewerAsync(token.Value, cancellationToken);
        if (!viewer.Succeeded)
        {
            return Show(LoginFailure.FromAniList(viewer.Failure));
        }

        Viewer = viewer.Value;
        return Page();
    }

    private PageResult Show(LoginFailure failure)
    {
        Failure = failure;
        var page = Page();
        page.StatusCode = failure.StatusCode;
        return page;
    }
}
