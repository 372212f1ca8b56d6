using System.Net;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.Tests.Lists;

/// <summary><c>UpdateUser</c>: settings and list options, and what they change elsewhere.</summary>
public sealed class UpdateUserTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    private readonly ListApi api = new(app);

    [Fact]
    public async Task UpdateUser_SettingsAndListOptions_AreSavedAndReturned()
    {
        var user = await api.SignInAsync();

        var updated = await api.DataAsync("""
            mutation {
              UpdateUser(titleLanguage: ENGLISH, displayAdultContent: true, airingNotifications: false, scoreFormat: POINT_5,
                rowOrder: "title", profileColor: "#3db4f2", timezone: "+09:00", activityMergeTime: 60,
                staffNameLanguage: NATIVE, restrictMessagesToFollowing: true, about: "Hi",
                animeListOptions: { sectionOrder: ["Planning", "Watching"], splitCompletedSectionByFormat: true,
                  customLists: ["Comfy", " Comfy ", ""], advancedScoring: ["Story"], advancedScoringEnabled: true }) {
                id name mediaListOptions { scoreFormat rowOrder animeList { sectionOrder customLists } }
              }
            }
            """, user: user);

        Assert.Equal(user.Id, updated.GetProperty("id").GetInt32());
        Assert.Equal("POINT_5", updated.GetProperty("mediaListOptions").GetProperty("scoreFormat").GetString());
        var saved = await api.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal("ENGLISH", saved.TitleLanguage);
        Assert.True(saved.DisplayAdultContent);
        Assert.False(saved.AiringNotifications);
        Assert.Equal("title", saved.RowOrder);
        Assert.Equal("#3db4f2", saved.ProfileColor);
        Assert.Equal("+09:00", saved.Timezone);
        Assert.Equal(60, saved.ActivityMergeTime);
        Assert.Equal("NATIVE", saved.StaffNameLanguage);
        Assert.True(saved.RestrictMessagesToFollowing);
        Assert.Equal("Hi", saved.About);
        Assert.Equal(["Planning", "Watching"], saved.AnimeSectionOrder);
        Assert.True(saved.AnimeSplitCompletedSectionByFormat);
        Assert.Equal(["Comfy"], saved.AnimeCustomLists);
        Assert.Equal(["Story"], saved.AnimeAdvancedScoring);
        Assert.True(saved.AnimeAdvancedScoringEnabled);
    }

    [Fact]
    public async Task UpdateUser_NewScoreFormat_EntriesShowScoresInIt()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        var id = await api.SaveAsync(user, mediaId, "scoreRaw: 75");
        var query = $"{{ MediaList(id: {id}) {{ score }} }}";
        var before = await api.DataAsync(query);

        await api.DataAsync("mutation { UpdateUser(scoreFormat: POINT_100) { id } }", user: user);
        var after = await api.DataAsync(query);

        Assert.Equal(7, before.GetProperty("score").GetDouble());
        Assert.Equal(75, after.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task UpdateUser_UnknownRowOrder_IsValidationErrorAndChangesNothing()
    {
        var user = await api.SignInAsync();

        var (response, body) = await api.PostAsync("mutation { UpdateUser(rowOrder: \"random\", scoreFormat: POINT_3) { id } }", user: user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The selected row order is invalid.", body.GetProperty("errors")[0].GetProperty("validation").GetProperty("rowOrder")[0].GetString());
        var saved = await api.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal("POINT_10", saved.ScoreFormat);
    }

    [Fact]
    public async Task UpdateUser_WithoutToken_Is401()
    {
        var (response, _) = await api.PostAsync("mutation { UpdateUser(about: \"x\") { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
