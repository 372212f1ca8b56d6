using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.Status;

/// <summary>
/// The page for an empty error response (status code pages) and for an unhandled exception. It
/// answers any method, since the request it stands in for may have been a POST, and it checks no
/// antiforgery token, since a missing one may be why it is shown.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Detail { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        (Title, Detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("The request could not be accepted",
                "A form may have expired, or been sent from another site. Go back, reload the page and try again."),
            StatusCodes.Status403Forbidden => ("Not allowed", "You are signed in, but this page is not yours to see."),
            StatusCodes.Status404NotFound => ("Page not found", "There is nothing at this address."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This address does not accept that kind of request."),
            >= 500 => ("Something went wrong", "Anibase could not finish this request. It has been logged; try again in a moment."),
            _ => ("The request could not be completed", $"The server answered {status}."),
        };
        Response.StatusCode = status;
    }
}
