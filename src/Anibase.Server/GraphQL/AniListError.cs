using GraphQL;

namespace Anibase.Server.GraphQL;

/// <summary>
/// An error as AniList reports it: a message and an HTTP status, written as a top-level
/// <c>status</c> member of the error; the response's HTTP status mirrors it.
/// </summary>
public class AniListError(int status, string message) : ExecutionError(message)
{
    public int Status { get; } = status;

    public static AniListError Unauthorized() => new(StatusCodes.Status401Unauthorized, "Unauthorized.");

    public static AniListError NotFound() => new(StatusCodes.Status404NotFound, "Not Found.");

    public static AniListError InvalidToken() => new(StatusCodes.Status400BadRequest, "Invalid token");
}
