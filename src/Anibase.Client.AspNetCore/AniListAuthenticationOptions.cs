using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Anibase.Client.AspNetCore;

/// <summary>
/// The options of <c>AddAniList</c>: ASP.NET Core's <see cref="OAuthOptions"/> with AniList's
/// endpoints, its callback path and the claims taken from the <c>Viewer</c> query. Set
/// <see cref="OAuthOptions.ClientId"/> and <see cref="OAuthOptions.ClientSecret"/>, and
/// <see cref="Endpoints"/> to log in with an Anibase server instead of anilist.co.
/// </summary>
public sealed class AniListAuthenticationOptions : OAuthOptions
{
    private AniListEndpoints endpoints = AniListEndpoints.AniList;

    /// <summary>Sets AniList's endpoints, callback path and claims.</summary>
    public AniListAuthenticationOptions()
    {
        CallbackPath = AniListAuthenticationDefaults.CallbackPath;
        Endpoints = AniListEndpoints.AniList;
        ClaimActions.MapJsonKey(ClaimTypes.NameIdentifier, "id");
        ClaimActions.MapJsonKey(ClaimTypes.Name, "name");
        ClaimActions.MapJsonSubKey(AniListClaimTypes.Avatar, "avatar", "large");
        ClaimActions.MapJsonKey(AniListClaimTypes.SiteUrl, "siteUrl");
    }

    /// <summary>
    /// The service to log in with: anilist.co unless set, or an Anibase server
    /// (<c>AniListEndpoints.ForServer(new Uri("http://localhost:5080"))</c>). Setting it sets
    /// <see cref="OAuthOptions.AuthorizationEndpoint"/>, <see cref="OAuthOptions.TokenEndpoint"/> and
    /// <see cref="OAuthOptions.UserInformationEndpoint"/> (the GraphQL endpoint the Viewer is read from).
    /// </summary>
    public AniListEndpoints Endpoints
    {
        get => endpoints;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            endpoints = value;
            AuthorizationEndpoint = value.AuthorizeUrl.AbsoluteUri;
            TokenEndpoint = value.TokenUrl.AbsoluteUri;
            UserInformationEndpoint = value.GraphQLUrl.AbsoluteUri;
        }
    }
}
