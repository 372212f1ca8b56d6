namespace Anibase.Samples.WebApp.AniList;

/// <summary>The "Login with AniList" link.</summary>
public static class AuthorizeLink
{
    /// <summary>
    /// Built as AniList's guide builds it, the redirect URI pasted in as configured (the guide's
    /// HTML and PHP examples do not encode it), plus the <paramref name="state"/>.
    /// </summary>
    public static string Create(AniListOptions options, string state) =>
        $"{options.AuthorizeUrl.AbsoluteUri}?client_id={Uri.EscapeDataString(options.ClientId)}"
        + $"&redirect_uri={options.RedirectUri.OriginalString}&response_type=code&state={state}";
}
