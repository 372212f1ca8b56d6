namespace Anibase.Samples.WebApp.AniList;

/// <summary>Why a call to the AniList server gave no usable answer.</summary>
/// <param name="Request">Which call failed, in words: "token request" or "Viewer query".</param>
/// <param name="Status">The HTTP status the server answered with; null when it could not be reached.</param>
/// <param name="Message">The server's own error message when it gave one, else what went wrong.</param>
public sealed record AniListFailure(string Request, int? Status, string Message);
