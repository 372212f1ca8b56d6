using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.OAuth.Failure;

/// <summary>Shown instead of redirecting when an authorization request names an unknown client or redirect URI.</summary>
public sealed class IndexModel : PageModel
{
    [FromQuery(Name = "error")]
    public string? ErrorCode { get; set; }

    [FromQuery(Name = "error_description")]
    public string? Description { get; set; }

    public void OnGet()
    {
        ErrorCode ??= "invalid_request";
        Description ??= "The authorization request is not valid.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
