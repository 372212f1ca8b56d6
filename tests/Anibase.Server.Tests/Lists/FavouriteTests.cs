using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

/// <summary><c>ToggleFavourite</c> as anilist-node sends it (query 18), and where favourites show.</summary>
public sealed class FavouriteTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    /// <summary>anilist-node's favouriteAnime document.</summary>
    private static readonly string ToggleAnime = ListApi.ClientQuery("18_anilistnode_toggle_favourite_anime");

    private readonly ListApi api = new(app);

    [Fact]
    public async Task ToggleFavourite_TwiceOnTheSameAnime_AddsThenRemovesIt()
    {
        var user = await api.SignInAsync();
        var kept = await api.AddMediaAsync();
        var toggled = await api.AddMediaAsync();
        await api.DataAsync(ToggleAnime, new { mediaID = kept }, user);

        var on = await api.DataAsync(ToggleAnime, new { mediaID = toggled }, user);
        var off = await api.DataAsync(ToggleAnime, new { mediaID = toggled }, user);

        Assert.Equal([kept, toggled], on.GetProperty("anime").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal([kept], off.GetProperty("anime").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task UserFavourites_AfterToggles_ListsThemInOrderWithEdgesAndPageInfo()
    {
        var user = await api.SignInAsync();
        var first = await api.AddMediaAsync();
        var second = await api.AddMediaAsync();
        await api.DataAsync(ToggleAnime, new { mediaID = first }, user);
        await api.DataAsync(ToggleAnime, new { mediaID = second }, user);

        var favourites = await api.DataAsync("""
            query ($id: Int) { User(id: $id) { favourites { anime(perPage: 1) {
              edges { favouriteOrder node { id } } pageInfo { total perPage currentPage lastPage hasNextPage } } } } }
            """, new { id = user.Id });

        var anime = favourites.GetProperty("favourites").GetProperty("anime");
        var edge = Assert.Single(anime.GetProperty("edges").EnumerateArray());
        Assert.Equal(first, edge.GetProperty("node").GetProperty("id").GetInt32());
        Assert.Equal(1, edge.GetProperty("favouriteOrder").GetInt32());
        Assert.Equal(2, anime.GetProperty("pageInfo").GetProperty("total").GetInt32());
        Assert.Equal(2, anime.GetProperty("pageInfo").GetProperty("lastPage").GetInt32());
        Assert.True(anime.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task MediaIsFavourite_ForTheViewerOnly_TrueAfterToggleFalseWithoutToken()
    {
        var user = await api.SignInAsync();
        var other = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        await api.DataAsync(ToggleAnime, new { mediaID = mediaId }, user);
        const string query = "query ($id: Int) { Media(id: $id) { isFavourite isFavouriteBlocked } }";

        var asOwner = await api.DataAsync(query, new { id = mediaId }, user);
        var asOther = await api.DataAsync(query, new { id = mediaId }, other);
        var anonymous = await api.DataAsync(query, new { id = mediaId });

        Assert.True(asOwner.GetProperty("isFavourite").GetBoolean());
        Assert.False(asOther.GetProperty("isFavourite").GetBoolean());
        Assert.False(anonymous.GetProperty("isFavourite").GetBoolean());
        Assert.False(anonymous.GetProperty("isFavouriteBlocked").GetBoolean());
    }

    [Fact]
    public async Task ToggleFavourite_UnknownAnime_IsValidationError()
    {
        var user = await api.SignInAsync();

        var (response, body) = await api.PostAsync(ToggleAnime, new { mediaID = 899998 }, user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The selected anime id is invalid.",
            body.GetProperty("errors")[0].GetProperty("validation").GetProperty("animeId")[0].GetString());
    }

    [Fact]
    public async Task ToggleFavourite_WithoutToken_Is401()
    {
        var mediaId = await api.AddMediaAsync();

        var (response, _) = await api.PostAsync(ToggleAnime, new { mediaID = mediaId });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
