using System.Text.Json.Nodes;

namespace Anibase.Samples.WebApp.AniList;

/// <summary>Lenient reads from answers whose shape is not ours to trust: a missing or mistyped field is null.</summary>
internal static class JsonFields
{
    public static JsonNode? Field(JsonNode? node, string name) =>
        node is JsonObject json && json.TryGetPropertyValue(name, out var value) ? value : null;

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static int? Integer(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out int number) ? number : null;

    /// <summary>
    /// GraphQL errors carry <c>errors[0].message</c>; token errors
    /// carry AniList's <c>message</c> beside OAuth's <c>error_description</c> and <c>error</c>.
    /// </summary>
    public static string? ErrorMessage(JsonNode? body) =>
        Text(Field(FirstError(body), "message"))
        ?? Text(Field(body, "message"))
        ?? Text(Field(body, "error_description"))
        ?? Text(Field(body, "error"));

    private static JsonNode? FirstError(JsonNode? body) =>
        Field(body, "errors") is JsonArray { Count: > 0 } errors ? errors[0] : null;
}
