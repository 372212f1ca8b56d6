using System.Net;
using System.Text.Json;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.OAuth;

/// <summary>
/// Refresh tokens, a per-client option: off by default (AniList has none); on, one-hour access
/// tokens and a refresh token rotated on every use, a reused one revoking the whole grant.
/// </summary>
public sealed class RefreshTokenTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task DefaultClient_GetsNoRefreshTokenAndAOneYearToken()
    {
        var (_, client, code) = await app.MintCodeAsync();

        var body = await JsonOfAsync(await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)));

        Assert.False(body.TryGetProperty("refresh_token", out _));
        Assert.Equal(31_536_000, body.GetProperty("expires_in").GetInt64());
    }

    [Fact]
    public async Task RefreshClient_CodeExchange_GivesOneHourTokenAndRefreshToken()
    {
        var (client, code) = await RefreshClientCodeAsync();

        var body = await JsonOfAsync(await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)));

        Assert.InRange(body.GetProperty("expires_in").GetInt64(), 3_590, 3_600);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));
    }

    [Fact]
    public async Task Refresh_RotatesTheRefreshTokenAndGivesAWorkingAccessToken()
    {
        var (client, first) = await ExchangeAsync();

        var refreshed = await JsonOfAsync(await RefreshAsync(client, first.GetProperty("refresh_token").GetString()!));

        Assert.NotEqual(first.GetProperty("refresh_token").GetString(), refreshed.GetProperty("refresh_token").GetString());
        var (viewer, _) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, refreshed.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
    }

    [Fact]
    public async Task Refresh_ReusedRefreshToken_RefusedAndEveryTokenOfTheGrantRevoked()
    {
        var (client, first) = await ExchangeAsync();
        var oldRefresh = first.GetProperty("refresh_token").GetString()!;
        var rotated = await JsonOfAsync(await RefreshAsync(client, oldRefresh));

        // An attacker (or a confused client) plays the old refresh token again.
        var reuse = await RefreshAsync(client, oldRefresh);

        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        Assert.Contains("invalid_grant", await reuse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var token in new[] { first.GetProperty("access_token").GetString(), rotated.GetProperty("access_token").GetString() })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await RefreshAsync(client, rotated.GetProperty("refresh_token").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task Refresh_TurnedOffAfterwards_RefreshTokenRefused()
    {
        var (client, first) = await ExchangeAsync();
        await app.Data.WithScopeAsync(s => s.GetRequiredService<ClientRegistry>()
            .UpdateAsync(null, client.ClientId, new ClientChanges(AllowRefreshTokens: false), CancellationToken.None));

        var response = await RefreshAsync(client, first.GetProperty("refresh_token").GetString()!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unauthorized_client", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_ByAnotherClient_Refused()
    {
        var (_, first) = await ExchangeAsync();
        var (other, _) = await ExchangeAsync();

        var response = await RefreshAsync(other, first.GetProperty("refresh_token").GetString()!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_AskingForAScopeNeverGranted_Refused()
    {
        var (client, first) = await ExchangeAsync();

        var response = await TokenRequests.FormAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_secret"] = client.ClientSecret,
            ["refresh_token"] = first.GetProperty("refresh_token").GetString()!,
            ["scope"] = "offline_access openid",
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("access_token", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_UnusedForThirtyDays_Refused_ARotatedOneLivesThirtyDaysFromItsRotation()
    {
        var (client, first) = await ExchangeAsync();
        app.Time.Advance(TimeSpan.FromDays(20));
        var rotated = await JsonOfAsync(await RefreshAsync(client, first.GetProperty("refresh_token").GetString()!));

        app.Time.Advance(TimeSpan.FromDays(20));
        // 40 days after the first, 20 after its rotation: alive.
        var stillAlive = await JsonOfAsync(await RefreshAsync(client, rotated.GetProperty("refresh_token").GetString()!));
        app.Time.Advance(TimeSpan.FromDays(31));
        var expired = await RefreshAsync(client, stillAlive.GetProperty("refresh_token").GetString()!);

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("invalid_grant", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(CreatedClient Client, string Code)> RefreshClientCodeAsync()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(AllowRefreshTokens: true));
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(await app.Data.CreateUserAsync(), client.ClientId);
        return (client, code);
    }

    private async Task<(CreatedClient Client, JsonElement Body)> ExchangeAsync()
    {
        var (client, code) = await RefreshClientCodeAsync();
        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));
        return (client, await JsonOfAsync(response));
    }

    private Task<HttpResponseMessage> RefreshAsync(CreatedClient client, string refreshToken) =>
        TokenRequests.FormAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_secret"] = client.ClientSecret,
            ["refresh_token"] = refreshToken,
        });

    private static async Task<JsonElement> JsonOfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
