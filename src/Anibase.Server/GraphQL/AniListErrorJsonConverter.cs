using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace Anibase.Server.GraphQL;

/// <summary>
/// Writes errors in AniList's shape: <c>{"message","status","locations"}</c>, with
/// <c>status</c> beside the message rather than under <c>extensions</c>.
/// </summary>
internal sealed class AniListErrorJsonConverter : JsonConverter<ExecutionError>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionError).IsAssignableFrom(typeToConvert);

    public override void Write(Utf8JsonWriter writer, ExecutionError value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("message", value.Message);
        writer.WriteNumber("status", AniListErrors.StatusOf(value));
        if (value.Locations is { Count: > 0 } locations)
        {
            writer.WriteStartArray("locations");
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (value is Lists.AniListValidationError { Validation: var validation })
        {
            // Written member by member: a naming policy must not touch argument names.
            writer.WriteStartObject("validation");
            foreach (var (field, messages) in validation)
            {
                writer.WriteStartArray(field);
                foreach (var message in messages)
                {
                    writer.WriteStringValue(message);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public override ExecutionError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Errors are only written.");
}

internal static class AniListErrors
{
    /// <summary>
    /// AniList errors carry their status; anything GraphQL.NET reports itself (a syntax error,
    /// an unknown field, a bad variable) is the client's mistake: 400. An unhandled exception in
    /// a resolver is ours: 500.
    /// </summary>
    public static int StatusOf(ExecutionError error) => error switch
    {
        AniListError aniList => aniList.Status,
        UnhandledError => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };
}
