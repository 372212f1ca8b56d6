namespace Anibase.Client.OAuth;

/// <summary>Which app is logging in, and where: what <see cref="AniListOAuthClient"/> needs.</summary>
public sealed class AniListOAuthOptions
{
    /// <summary>The client ID from the developer settings page (AniList's are numbers, e.g. <c>"1234"</c>).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The client secret, for the code exchange. Not needed for the implicit grant.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The service to log in with; anilist.co unless set.</summary>
    public AniListEndpoints Endpoints { get; set; } = AniListEndpoints.AniList;

    /// <summary>
    /// How the code exchange sends its fields. AniList's guide shows both; <see cref="TokenRequestBody.Json"/>
    /// (the default) is what its JavaScript example sends.
    /// </summary>
    public TokenRequestBody TokenRequestBody { get; set; } = TokenRequestBody.Json;
}
