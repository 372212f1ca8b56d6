using System.Text.Json;

namespace Anibase.Client.GraphQL;

/// <summary>Reads a GraphQL answer: its data, or the typed exception its errors call for.</summary>
internal static class GraphQLAnswer
{
    public static async Task<TData> ReadAsync<TData>(
        HttpResponseMessage response, AniListRateLimit rateLimit, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        JsonElement body;
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            body = JsonDocument.Parse(bytes).RootElement;
        }
        catch (JsonException exception)
        {
            // A proxy's HTML error page, or a cut-off answer. A 429 is still a 429.
            throw status == 429
                ? new AniListRateLimitException("Too Many Requests.", [], rateLimit)
                : new AniListGraphQLException($"The answer (HTTP {status}) is not JSON.", status, [], rateLimit, exception);
        }

        var errors = ReadErrors(body);
        if (errors.Count > 0 || status == 429)
        {
            throw ToException(status, errors, rateLimit);
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            throw new AniListGraphQLException($"The answer (HTTP {status}) has no data.", status, errors, rateLimit);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new AniListGraphQLException($"The answer is HTTP {status}.", status, errors, rateLimit);
        }

        return data.Deserialize<TData>(json)!;
    }

    /// <summary>
    /// The first error decides, as AniList's HTTP status mirrors it. Its own <c>status</c> is
    /// preferred over the answer's: a server that answers 200 with errors still means them.
    /// </summary>
    private static AniListGraphQLException ToException(int httpStatus, List<AniListError> errors, AniListRateLimit rateLimit)
    {
        var first = errors.Count > 0 ? errors[0] : null;
        var status = first?.Status ?? httpStatus;
        var message = first?.Message ?? $"HTTP {httpStatus}.";
        return (status, message) switch
        {
            _ when status == 429 || httpStatus == 429 => new AniListRateLimitException(message, errors, rateLimit),
            (401, _) => new AniListUnauthorizedException(message, httpStatus, errors, rateLimit),
            (404, _) => new AniListNotFoundException(message, httpStatus, errors, rateLimit),
            (_, "validation") => new AniListValidationException(httpStatus, errors, rateLimit,
                first?.Validation ?? new Dictionary<string, IReadOnlyList<string>>()),
            (400, _) when string.Equals(message, "Invalid token", StringComparison.OrdinalIgnoreCase) =>
                new AniListInvalidTokenException(message, httpStatus, errors, rateLimit),
            _ => new AniListGraphQLException(message, httpStatus, errors, rateLimit),
        };
    }

    private static List<AniListError> ReadErrors(JsonElement body)
    {
        var errors = new List<AniListError>();
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("errors", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return errors;
        }

        foreach (var error in list.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            int? status = error.TryGetProperty("status", out var s) && s.TryGetInt32(out var number) ? number : null;
            errors.Add(new AniListError(message, status, ReadValidation(error)));
        }

        return errors;
    }

    /// <summary><c>"validation": {"mediaId": ["The selected media id is invalid."]}</c>; anything else there is skipped.</summary>
    private static Dictionary<string, IReadOnlyList<string>>? ReadValidation(JsonElement error)
    {
        if (!error.TryGetProperty("validation", out var validation) || validation.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in validation.EnumerateObject())
        {
            fields[field.Name] = field.Value.ValueKind switch
            {
                JsonValueKind.Array => [.. field.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
                JsonValueKind.String => [field.Value.GetString()!],
                _ => [],
            };
        }

        return fields;
    }
}
