using System.Net;
using System.Text.Json;
using Anibase.Server.Hosting;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>
/// One code redeemed by many requests at once, as a client retrying on a timeout or an attacker
/// racing the client would send them. RFC 6749 §4.1.2: a code is used once, and when it is used
/// again the tokens issued for it should be revoked.
/// </summary>
public sealed class CodeRedemptionConcurrencyTests
{
    private const int Redemptions = 50;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Code_RedeemedFiftyTimesAtOnce_IssuesOneTokenThenRevokesIt(DatabaseProvider provider)
    {
        await using var app = provider == DatabaseProvider.PostgreSql ? new PostgreSqlApp() : new AnibaseApp();
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(user);
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(user, client.ClientId);
        var fields = TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code);
        var clients = Enumerable.Range(0, Redemptions).Select(_ => app.CreateClient()).ToList();

        // Every request waits at the gate, so that all fifty reach the server together.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = clients.Select(async http =>
        {
            await gate.Task;
            var response = await TokenRequests.FormAsync(http, fields);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        gate.SetResult();
        var responses = await Task.WhenAll(requests);

        var outcomes = string.Join(", ", responses.GroupBy(r => $"{(int)r.StatusCode} {ErrorOf(r.Body)}").Select(g => $"{g.Count()} × {g.Key}"));
        Assert.True(
            responses.Count(r => r.StatusCode == HttpStatusCode.OK) == 1
                && responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest && ErrorOf(r.Body) == "invalid_grant") == Redemptions - 1,
            $"Expected 1 × 200 and {Redemptions - 1} × 400 invalid_grant, got {outcomes}.");
        var issued = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var accessToken = JsonDocument.Parse(issued.Body).RootElement.GetProperty("access_token").GetString()!;

        var (viewer, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, accessToken);

        var message = body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("message").GetString() : body.ToString();
        Assert.Equal((HttpStatusCode.BadRequest, "Invalid token"), (viewer.StatusCode, message));
    }

    private static string? ErrorOf(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;
        }
        catch (JsonException)
        {
            return body.Length > 80 ? body[..80] : body;
        }
    }
}
