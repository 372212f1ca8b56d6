namespace Anibase.Client.AspNetCore;

/// <summary>The defaults of <c>AddAniList</c>.</summary>
public static class AniListAuthenticationDefaults
{
    /// <summary>The scheme's name: <c>AniList</c>.</summary>
    public const string AuthenticationScheme = "AniList";

    /// <summary>The name a login page shows: <c>AniList</c>.</summary>
    public const string DisplayName = "AniList";

    /// <summary>
    /// Where the AniList server sends the browser back: <c>/signin-anilist</c>. Register
    /// <c>https://your.app/signin-anilist</c> as the client's redirect URL.
    /// </summary>
    public const string CallbackPath = "/signin-anilist";
}
