namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// A mutation's arguments failed AniList's validation rules: HTTP 400, message <c>validation</c>
/// and a <c>validation</c> member naming each failing argument with its messages, e.g.
/// <c>{"mediaId":["The selected media id is invalid."]}</c>.
/// </summary>
public sealed class AniListValidationError(IReadOnlyDictionary<string, string[]> validation)
    : AniListError(StatusCodes.Status400BadRequest, "validation")
{
    public IReadOnlyDictionary<string, string[]> Validation { get; } = validation;
}
