using System.Globalization;
using System.Text.Json;

namespace Anibase.Client.OAuth;

/// <summary>
/// What an AniList access token says about itself: whose it is and until when. AniList's guide
/// tells apps they may read the user ID from the token's <c>sub</c>. This reads the JWT's payload
/// without checking its signature: use it for your own token, not to trust someone else's.
/// </summary>
/// <param name="UserId">The user the token acts for (<c>sub</c>): the same id as <c>Viewer { id }</c>.</param>
/// <param name="ExpiresAt">When the token stops working (<c>exp</c>); a year after it was issued.</param>
/// <param name="IssuedAt">When it was issued (<c>iat</c>), when the token says.</param>
/// <param name="ClientId">The client it was issued to (<c>aud</c>), when the token says.</param>
public sealed record AniListAccessToken(int UserId, DateTimeOffset ExpiresAt, DateTimeOffset? IssuedAt, string? ClientId)
{
    /// <summary>Reads a token's claims.</summary>
    /// <param name="accessToken">The access token (a JWT: three base64url parts).</param>
    /// <returns>The user id and the times the token carries.</returns>
    /// <exception cref="FormatException">The text is not a JWT with a numeric <c>sub</c> and an <c>exp</c>.</exception>
    public static AniListAccessToken Parse(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        var parts = accessToken.Split('.');
        if (parts.Length != 3)
        {
            throw new FormatException("An access token is a JWT: three parts separated by dots.");
        }

        JsonElement payload;
        try
        {
            payload = JsonDocument.Parse(Base64UrlText.Decode(parts[1])).RootElement;
        }
        catch (JsonException exception)
        {
            throw new FormatException("The token's payload is not JSON.", exception);
        }

        if (payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("sub", out var sub) || sub.ValueKind != JsonValueKind.String
            || !int.TryParse(sub.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || Seconds(payload, "exp") is not { } expiresAt)
        {
            throw new FormatException("The token has no numeric user id (sub) or no expiry (exp).");
        }

        var audience = payload.TryGetProperty("aud", out var aud) ? aud : default;
        var clientId = audience.ValueKind switch
        {
            JsonValueKind.String => audience.GetString(),
            JsonValueKind.Array when audience.GetArrayLength() > 0 && audience[0].ValueKind == JsonValueKind.String => audience[0].GetString(),
            _ => null,
        };
        return new AniListAccessToken(userId, expiresAt, Seconds(payload, "iat"), clientId);
    }

    private static DateTimeOffset? Seconds(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
