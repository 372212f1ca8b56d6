using System.Globalization;
using System.Net;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Developers;

/// <summary>/settings/developer/{id}: rename, redirect URLs, grants, a new secret, deletion — each with its effect on the protocol.</summary>
public sealed class ClientManagementTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task Update_RenameAndNewRedirectUri_ApprovalPageAndAuthorizeFollow()
    {
        var (browser, owner) = await DeveloperAsync();
        var client = await app.Data.CreateClientAsync(owner, "Old Name");

        var page = await browser.Http.GetAsync(ManagePath(client));
        var saved = await (await HtmlForm.FromAsync(page, "Input.Name"))
            .Set("Input.Name", "New Name").Set("Input.RedirectUris", "https://new.example/cb")
            .Set("Input.AllowImplicit", "true").Set("Input.AllowRefreshTokens", "false")
            .SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = new OAuthBrowser(app.CreateBrowser());
        await user.LogInAsync(await app.Data.CreateUserAsync());
        var approval = await user.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, "https://new.example/cb"));
        Assert.Equal("New Name", (await HtmlForm.ParseAsync(approval)).QuerySelector("[data-testid=client-name]")!.TextContent);
        var oldUri = await user.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));
        Assert.StartsWith("/oauth/error", oldUri.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_InvalidRedirectUri_ShowsTheErrorAndKeepsTheOldOne()
    {
        var (browser, owner) = await DeveloperAsync();
        var client = await app.Data.CreateClientAsync(owner);

        var page = await browser.Http.GetAsync(ManagePath(client));
        var response = await (await HtmlForm.FromAsync(page, "Input.Name"))
            .Set("Input.RedirectUris", "not a url").SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not an absolute URL", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(await app.Data.CreateUserAsync(), client.ClientId);
        Assert.NotEmpty(code);
    }

    [Fact]
    public async Task RegenerateSecret_OldSecretRefusedAtOnce_NewOneWorks()
    {
        var (browser, owner) = await DeveloperAsync();
        var client = await app.Data.CreateClientAsync(owner);
        var user = await app.Data.CreateUserAsync();
        var userBrowser = new OAuthBrowser(app.CreateBrowser());
        var earlierToken = await GuideFlow.AccessTokenOf(await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, await userBrowser.GetCodeAsync(user, client.ClientId))));

        var page = await browser.Http.GetAsync(ManagePath(client));
        var regenerated = await (await HtmlForm.PostingToAsync(page, ManagePath(client) + "?handler=Secret")).SubmitAsync(browser.Http);
        var newSecret = (await HtmlForm.ParseAsync(regenerated)).QuerySelector("[data-testid=new-client-secret]")!.TextContent.Trim();

        Assert.NotEqual(client.ClientSecret, newSecret);
        var withOld = await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, await NextCodeAsync(userBrowser, client)));
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Contains("invalid_client", await withOld.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var withNew = await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, newSecret, await NextCodeAsync(userBrowser, client)));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        // Tokens issued before were not issued to whoever holds the old secret: they keep working.
        Assert.Equal(HttpStatusCode.OK, (await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, earlierToken)).Response.StatusCode);
        Assert.DoesNotContain(newSecret, await (await browser.Http.GetAsync(ManagePath(client))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_EveryTokenOfTheClientRefusedAndTheClientGone()
    {
        var (browser, owner) = await DeveloperAsync();
        var client = await app.Data.CreateClientAsync(owner);
        var token = await GuideFlow.AccessTokenOf(await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(
            client.ClientId, client.ClientSecret, await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(await app.Data.CreateUserAsync(), client.ClientId))));

        var page = await browser.Http.GetAsync(ManagePath(client));
        var deleted = await (await HtmlForm.FromAsync(page, "confirm")).Set("confirm", "true").SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid token", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Http.GetAsync(ManagePath(client))).StatusCode);
        var authorize = await app.CreateBrowser().GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));
        Assert.StartsWith("/oauth/error", authorize.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithoutConfirmation_KeepsTheClient()
    {
        var (browser, owner) = await DeveloperAsync();
        var client = await app.Data.CreateClientAsync(owner);

        var page = await browser.Http.GetAsync(ManagePath(client));
        var response = await (await HtmlForm.FromAsync(page, "confirm")).Remove("confirm").SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=delete-error]"));
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync(ManagePath(client))).StatusCode);
    }

    [Fact]
    public async Task ManagePage_SomeoneElsesClient_IsNotFoundAndCannotBeChanged()
    {
        var victim = await app.Data.CreateClientAsync();
        var (browser, _) = await DeveloperAsync();
        var ownPage = await browser.Http.GetAsync("/settings/developer");
        var antiforgery = (await HtmlForm.ParseAsync(ownPage)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Http.GetAsync(ManagePath(victim))).StatusCode);
        var delete = await browser.Http.PostAsync(ManagePath(victim) + "?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["confirm"] = "true",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        var secret = await browser.Http.PostAsync(ManagePath(victim) + "?handler=Secret", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
        }));

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, secret.StatusCode);
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(await app.Data.CreateUserAsync(), victim.ClientId);
        var token = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(victim.ClientId, victim.ClientSecret, code));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task CreatePublicClient_ShowsNoSecret()
    {
        var (browser, _) = await DeveloperAsync();
        var page = await browser.Http.GetAsync("/settings/developer");

        var created = await (await HtmlForm.FromAsync(page, "Input.Name"))
            .Set("Input.Name", "Browser App").Set("Input.RedirectUris", "https://spa.example/cb")
            .Set("Input.IsPublic", "true").Set("Input.AllowImplicit", "false").Set("Input.AllowRefreshTokens", "false")
            .SubmitAsync(browser.Http);

        var document = await HtmlForm.ParseAsync(created);
        Assert.NotNull(document.QuerySelector("[data-testid=created-client-id]"));
        Assert.Null(document.QuerySelector("[data-testid=created-client-secret]"));
        var id = int.Parse(document.QuerySelector("[data-testid=created-client-id]")!.TextContent, CultureInfo.InvariantCulture);
        var summary = await app.Data.WithScopeAsync(s => s.GetRequiredService<ClientRegistry>().FindAsync(null, id, CancellationToken.None));
        Assert.Equal(new ClientFeatures(IsPublic: true, AllowImplicit: false, AllowRefreshTokens: false), summary!.Features);
    }

    private static string ManagePath(CreatedClient client) => $"/settings/developer/{client.ClientId}";

    private static async Task<string> NextCodeAsync(OAuthBrowser browser, CreatedClient client) =>
        OAuthBrowser.ParseRedirect(await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri)))["code"];

    private async Task<(OAuthBrowser Browser, TestUser Owner)> DeveloperAsync()
    {
        var owner = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(owner);
        return (browser, owner);
    }
}
