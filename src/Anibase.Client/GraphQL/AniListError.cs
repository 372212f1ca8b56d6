namespace Anibase.Client.GraphQL;

/// <summary>One entry of a GraphQL answer's <c>errors</c>, as AniList writes it.</summary>
/// <param name="Message">The message, e.g. <c>Unauthorized.</c>, <c>Invalid token</c>, <c>Not Found.</c> or <c>validation</c>.</param>
/// <param name="Status">The HTTP status AniList gives the error (its answer's status mirrors the first error's).</param>
/// <param name="Validation">For <c>validation</c> errors: each failing argument with its messages.</param>
public sealed record AniListError(string Message, int? Status, IReadOnlyDictionary<string, IReadOnlyList<string>>? Validation);
