using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Apps;

/// <summary>
/// Two server processes on one database, each with its own memory: a revocation made through one
/// is honoured by the other within the token-status cache's lifetime (5 s by default), and at once
/// by the one that made it.
/// </summary>
public sealed class RevocationAcrossNodesTests
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);

    [Fact]
    public Task Revoke_OnSqlite_OtherNodeRefusesTheTokenOnceItsCacheLifetimeHasPassed() =>
        RevokeOnOneNodeAsync(new AnibaseApp());

    [Fact]
    public Task Revoke_OnPostgreSql_OtherNodeRefusesTheTokenOnceItsCacheLifetimeHasPassed() =>
        RevokeOnOneNodeAsync(new PostgreSqlApp());

    private static async Task RevokeOnOneNodeAsync(AnibaseApp first)
    {
        using var nodeA = first;
        using var nodeB = AnibaseApp.SecondNodeOf(nodeA);
        var (user, _, token) = await nodeA.IssueTokenAsync();
        // Node B has seen the token valid, so its cache holds it.
        Assert.Equal(HttpStatusCode.OK, (await GraphQLCalls.PostAsync(nodeB.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);

        var browser = new OAuthBrowser(nodeA.CreateBrowser());
        await browser.LogInAsync(user);
        var page = await browser.Http.GetAsync("/settings/apps");
        await (await HtmlForm.FromAsync(page, "clientId")).SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.BadRequest, (await GraphQLCalls.PostAsync(nodeA.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);
        nodeB.Time.Advance(CacheLifetime);
        var (response, body) = await GraphQLCalls.PostAsync(nodeB.CreateClient(), GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid token", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
