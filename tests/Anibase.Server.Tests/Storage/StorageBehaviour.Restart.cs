using System.Net;
using System.Xml.Linq;
using Anibase.Data;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Storage;

/// <summary>
/// A restart is a new host on the same database: <c>WithWebHostBuilder</c> builds one with the
/// same settings, its own DI container, key ring and OpenIddict options, all loaded from storage.
/// </summary>
public abstract partial class StorageBehaviour
{
    private const string SessionCookie = "anibase_session";

    [Fact]
    public async Task AccessToken_IssuedBeforeRestart_StillReadsViewer()
    {
        var user = await App.Data.CreateUserAsync();
        var client = await App.Data.CreateClientAsync(user);
        var (_, accessToken) = await IssueTokenAsync(App, user, client.ClientId, client.ClientSecret);

        await using var restarted = Restart();

        await AssertViewerAsync(restarted, accessToken, user);
    }

    [Fact]
    public async Task Code_IssuedBeforeRestart_IsRedeemedAfterIt()
    {
        var user = await App.Data.CreateUserAsync();
        var client = await App.Data.CreateClientAsync(user);
        var code = await new OAuthBrowser(App.CreateBrowser()).GetCodeAsync(user, client.ClientId);

        await using var restarted = Restart();
        var response = await TokenRequests.FormAsync(restarted.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        await AssertViewerAsync(restarted, await GuideFlow.AccessTokenOf(response), user);
    }

    [Fact]
    public async Task LoginCookie_IssuedBeforeRestart_StillSignsTheUserIn()
    {
        var user = await App.Data.CreateUserAsync();
        var client = await App.Data.CreateClientAsync(user);
        var cookies = new CookieContainer();
        var login = await new OAuthBrowser(App.CreateDefaultClient(new CookieContainerHandler(cookies))).LogInAsync(user);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(ProtectingKeyId(cookies.GetCookies(App.ClientOptions.BaseAddress)[SessionCookie]), await StoredDataProtectionKeyIdsAsync());

        await using var restarted = Restart();
        var browser = new OAuthBrowser(restarted.CreateDefaultClient(new CookieContainerHandler(cookies)));
        var approval = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));

        // Signed out, this would be a redirect to /login.
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var decision = await (await HtmlForm.FromAsync(approval, "decision")).Set("decision", "approve").SubmitAsync(browser.Http);
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        Assert.True(OAuthBrowser.ParseRedirect(decision).ContainsKey("code"), decision.Headers.Location?.ToString());
    }

    private WebApplicationFactory<Program> Restart() => App.WithWebHostBuilder(_ => { });

    /// <summary>
    /// The key a Data Protection payload names in its header (4-byte magic, then the key id), so
    /// that the test can tell the database key ring from a machine-local fallback, which another
    /// host on this machine would also read.
    /// </summary>
    private static Guid ProtectingKeyId(Cookie? cookie)
    {
        Assert.NotNull(cookie);
        return new Guid(WebEncoders.Base64UrlDecode(cookie.Value).AsSpan(4, 16));
    }

    private async Task<List<Guid>> StoredDataProtectionKeyIdsAsync()
    {
        var keys = await App.Data.WithScopeAsync(async services =>
            await services.GetRequiredService<AnibaseDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync());
        return [.. keys.Select(k => Guid.Parse(XElement.Parse(k.Xml!).Attribute("id")!.Value))];
    }
}
