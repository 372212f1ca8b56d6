using System.Globalization;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.Tests.Storage;

/// <summary>
/// What the database must keep, written once and run on each provider. Every check reads back
/// through a new DI scope, and so a new <c>DbContext</c>: what it sees was stored, not remembered.
/// </summary>
public abstract partial class StorageBehaviour
{
    protected StorageBehaviour(AnibaseApp app)
    {
        App = app;
    }

    protected AnibaseApp App { get; }

    /// <summary>The whole guide on <paramref name="host"/>: log in, approve, exchange the code.</summary>
    protected static async Task<(string Code, string AccessToken)> IssueTokenAsync(AnibaseApp host, TestUser user, int clientId, string clientSecret)
    {
        var code = await new OAuthBrowser(host.CreateBrowser()).GetCodeAsync(user, clientId);
        var response = await TokenRequests.FormAsync(host.CreateClient(), TokenRequests.CodeGrant(clientId, clientSecret, code));
        return (code, await GuideFlow.AccessTokenOf(response));
    }

    /// <summary>Every column of a tracked entity's row, as text: for saying what must not be stored.</summary>
    protected static IReadOnlyList<string> ColumnsOf(DbContext db, object entity) =>
        [.. db.Entry(entity).Properties
            .Select(p => Convert.ToString(p.CurrentValue, CultureInfo.InvariantCulture))
            .OfType<string>()];

    protected static async Task AssertViewerAsync(WebApplicationFactory<Program> host, string accessToken, TestUser user)
    {
        var (response, body) = await GraphQLCalls.PostAsync(host.CreateClient(), GraphQLCalls.ViewerQuery, accessToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(user.Id, body.GetProperty("data").GetProperty("Viewer").GetProperty("id").GetInt32());
    }
}
