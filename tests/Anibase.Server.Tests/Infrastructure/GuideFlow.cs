using System.Text.Json;
using Anibase.Server.Developers;

namespace Anibase.Server.Tests.Infrastructure;

public sealed record MintedCode(TestUser User, CreatedClient Client, string Code);

public sealed record IssuedToken(TestUser User, CreatedClient Client, string AccessToken);

/// <summary>AniList's guide in one call, for tests about what comes after it.</summary>
public static class GuideFlow
{
    /// <summary>A new user approves a new client; the code from the redirect.</summary>
    public static async Task<MintedCode> MintCodeAsync(this AnibaseApp app)
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(user, client.ClientId);
        return new MintedCode(user, client, code);
    }

    /// <summary>The code above, exchanged with a form body.</summary>
    public static async Task<IssuedToken> IssueTokenAsync(this AnibaseApp app)
    {
        var (user, client, code) = await app.MintCodeAsync();
        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));
        return new IssuedToken(user, client, await AccessTokenOf(response));
    }

    public static async Task<string> AccessTokenOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
