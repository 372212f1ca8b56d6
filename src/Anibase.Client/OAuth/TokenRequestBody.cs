namespace Anibase.Client.OAuth;

/// <summary>The body of a token request: AniList accepts either.</summary>
public enum TokenRequestBody
{
    /// <summary><c>application/json</c>, as AniList's JavaScript example sends it.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>, as RFC 6749 and AniList's PHP example send it.</summary>
    Form,
}
