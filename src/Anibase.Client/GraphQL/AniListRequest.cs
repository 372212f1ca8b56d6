namespace Anibase.Client.GraphQL;

/// <summary>A GraphQL document to send, with its variables and the user's token.</summary>
/// <param name="Document">The query or mutation, e.g. <c>query ($id: Int) { Media(id: $id) { id } }</c>.</param>
public sealed record AniListRequest(string Document)
{
    /// <summary>The variables, serialized with <see cref="AniListGraphQLOptions.JsonSerializerOptions"/> (an anonymous object works).</summary>
    public object? Variables { get; init; }

    /// <summary>Which operation of the document to run, when it has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The bearer token, for queries that need a user (<c>Viewer</c>, list mutations); null sends none.</summary>
    public string? AccessToken { get; init; }

    /// <summary>Not the token: it is a secret, and records print their members.</summary>
    /// <returns>The document and operation name.</returns>
    public override string ToString() => $"AniListRequest {{ OperationName = {OperationName}, Document = {Document} }}";
}
