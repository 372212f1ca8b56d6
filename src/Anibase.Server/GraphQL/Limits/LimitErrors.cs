using System.Globalization;

namespace Anibase.Server.GraphQL.Limits;

/// <summary>
/// The API's refusals of requests that ask too much. Complexity and depth use webonyx's wording,
/// which AniList's clients already show their users.
/// </summary>
internal static class LimitErrors
{
    public static AniListError Complexity(int max, int actual) =>
        BadRequest(Invariant($"Max query complexity should be {max} but got {actual}."));

    public static AniListError Depth(int max, int actual) =>
        BadRequest(Invariant($"Max query depth should be {max} but got {actual}."));

    public static AniListError RootFields(int max, int actual) =>
        BadRequest(Invariant($"Max root fields should be {max} but got {actual}."));

    public static AniListError Introspection() => BadRequest(Invariant(
        $"Introspection may ask for __schema or __type once, for each of __Type's fields, inputFields, interfaces and possibleTypes once, and for at most {QueryLimitsExecution.MaxIntrospectionFields} fields {QueryLimitsExecution.MaxIntrospectionDepth} levels deep."));

    public static AniListError TooLarge() => BadRequest(Invariant(
        $"Query too large: more than {DocumentMeasurer.MaxSelections} selections with its fragments expanded, or fragments nested more than {DocumentMeasurer.MaxNesting} deep."));

    public static AniListError BodyTooLarge(int max) =>
        new(StatusCodes.Status413PayloadTooLarge, Invariant($"Request body too large: the limit is {max} bytes."));

    public static AniListError TooManyRequests() => new(StatusCodes.Status429TooManyRequests, "Too Many Requests.");

    private static AniListError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    private static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
