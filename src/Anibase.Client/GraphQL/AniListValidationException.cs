namespace Anibase.Client.GraphQL;

/// <summary>
/// HTTP 400 <c>validation</c>: a mutation's arguments broke AniList's rules. <see cref="Validation"/>
/// names each failing argument with its messages, e.g. <c>mediaId: ["The selected media id is invalid."]</c>.
/// </summary>
public sealed class AniListValidationException : AniListGraphQLException
{
    /// <summary>Creates the exception for an answer.</summary>
    /// <param name="statusCode">The answer's HTTP status code.</param>
    /// <param name="errors">The answer's <c>errors</c>.</param>
    /// <param name="rateLimit">The answer's rate-limit headers.</param>
    /// <param name="validation">Each failing argument with its messages.</param>
    public AniListValidationException(
        int statusCode, IReadOnlyList<AniListError> errors, AniListRateLimit rateLimit, IReadOnlyDictionary<string, IReadOnlyList<string>> validation)
        : base(Describe(validation), statusCode, errors, rateLimit)
    {
        Validation = validation;
    }

    /// <summary>Each failing argument with its messages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Validation { get; }

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<string>> validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return validation.Count == 0
            ? "validation"
            : "validation: " + string.Join(" ", validation.SelectMany(field => field.Value));
    }
}
