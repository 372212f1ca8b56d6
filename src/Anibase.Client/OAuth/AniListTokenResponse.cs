namespace Anibase.Client.OAuth;

/// <summary>An access token, as the token endpoint (or an implicit-grant redirect) gives it.</summary>
/// <param name="AccessToken">The bearer token for the GraphQL API: a JWT that AniList makes valid for a year.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">How long the token is valid from now, when the answer said.</param>
public sealed record AniListTokenResponse(string AccessToken, string TokenType, TimeSpan? ExpiresIn)
{
    /// <summary>Not the token: it is a secret, and records print their members.</summary>
    /// <returns>The token type and lifetime.</returns>
    public override string ToString() => $"AniListTokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn} }}";
}
