using Anibase.Samples.WebApp.AniList;

namespace Anibase.Samples.WebApp.Pages.Callback;

/// <summary>Why the callback could not sign the user in, as the page shows it.</summary>
/// <param name="StatusCode">This page's own HTTP status.</param>
/// <param name="Heading">What happened, in a few words.</param>
/// <param name="Message">What it means for the user, or the server's own error message.</param>
/// <param name="Detail">The error code or HTTP status the AniList server gave, when it gave one.</param>
public sealed record LoginFailure(int StatusCode, string Heading, string Message, string? Detail)
{
    public static LoginFailure AccessDenied(string? description) => new(
        StatusCodes.Status403Forbidden,
        "Access denied",
        "You chose not to let this app use your account, so you are not signed in.",
        Describe("access_denied", description));

    public static LoginFailure AuthorizationError(string error, string? description) => new(
        StatusCodes.Status400BadRequest,
        "Login failed",
        "The AniList server refused the login request.",
        Describe(error, description));

    public static LoginFailure StateMismatch() => new(
        StatusCodes.Status400BadRequest,
        "This login link has expired or was not started here",
        "Nothing was sent to the AniList server. Start again from the home page.",
        null);

    public static LoginFailure MissingCode() => new(
        StatusCodes.Status400BadRequest,
        "Login failed",
        "The AniList server sent you back without an authorization code.",
        null);

    // The server was reached but its answer was no use, or it was not reached at all: a gateway failure.
    public static LoginFailure FromAniList(AniListFailure failure) => new(
        StatusCodes.Status502BadGateway,
        "Could not sign in",
        failure.Message,
        failure.Status is { } status ? $"The {failure.Request} answered HTTP {status}." : $"The {failure.Request} got no answer.");

    private static string Describe(string error, string? description) =>
        string.IsNullOrEmpty(description) ? error : $"{error}: {description}";
}
