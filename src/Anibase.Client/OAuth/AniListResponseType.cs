namespace Anibase.Client.OAuth;

/// <summary>What the authorization endpoint sends back.</summary>
public enum AniListResponseType
{
    /// <summary>An authorization code (<c>response_type=code</c>), exchanged for a token with the client secret.</summary>
    Code,

    /// <summary>The access token itself, in the redirect's fragment (<c>response_type=token</c>, the implicit grant).</summary>
    Token,
}
