namespace Anibase.Client.AspNetCore;

/// <summary>
/// The claims <c>AddAniList</c> adds beyond <see cref="System.Security.Claims.ClaimTypes.NameIdentifier"/>
/// (the user's AniList id) and <see cref="System.Security.Claims.ClaimTypes.Name"/> (their name).
/// </summary>
public static class AniListClaimTypes
{
    /// <summary>The URL of the user's avatar (<c>Viewer { avatar { large } }</c>), when they have one.</summary>
    public const string Avatar = "urn:anilist:avatar";

    /// <summary>The user's profile page (<c>Viewer { siteUrl }</c>).</summary>
    public const string SiteUrl = "urn:anilist:siteurl";
}
