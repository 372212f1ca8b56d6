using System.Net;
using System.Text.RegularExpressions;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Developers;

public sealed partial class DeveloperSettingsTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task DeveloperSettings_SignedOut_RedirectsToLogin()
    {
        var response = await app.CreateBrowser().GetAsync("/settings/developer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task CreateClient_ShowsSecretOnceAndTheClientWorksForTheCodeGrant()
    {
        var developer = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(developer);

        var created = await CreateAsync(browser, "My Tracker", "https://tracker.example/cb, tracker://auth");

        var document = await HtmlForm.ParseAsync(created);
        var clientId = int.Parse(document.QuerySelector("[data-testid=created-client-id]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var secret = document.QuerySelector("[data-testid=created-client-secret]")!.TextContent.Trim();
        Assert.Matches(SecretPattern(), secret);

        var listing = await browser.Http.GetAsync("/settings/developer");
        var listed = (await HtmlForm.ParseAsync(listing)).QuerySelector("[data-testid=client-list]")!.TextContent;
        Assert.Contains("My Tracker", listed, StringComparison.Ordinal);
        Assert.Contains("tracker://auth", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await listing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var user = await app.Data.CreateUserAsync();
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(user, clientId, "tracker://auth");
        var token = await TokenRequests.JsonAsync(app.CreateClient(), TokenRequests.CodeGrant(clientId, secret, code, "tracker://auth"));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task CreateClient_ClientsGetConsecutiveIds()
    {
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());

        var first = await CreatedIdAsync(await CreateAsync(browser, "One", "https://one.example/cb"));
        var second = await CreatedIdAsync(await CreateAsync(browser, "Two", "https://two.example/cb"));

        Assert.Equal(first + 1, second);
    }

    [Theory]
    [InlineData("", "https://ok.example/cb", "name")]
    [InlineData("App", "", "redirect URL")]
    [InlineData("App", "not a url", "not an absolute URL")]
    [InlineData("App", "https://ok.example/cb#frag", "fragment")]
    public async Task CreateClient_InvalidInput_ShowsErrorAndCreatesNothing(string name, string redirectUris, string expected)
    {
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());

        var response = await CreateAsync(browser, name, redirectUris);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForm.ParseAsync(response);
        Assert.Null(document.QuerySelector("[data-testid=created-client]"));
        Assert.Null(document.QuerySelector("[data-testid=client-list]"));
        var errors = string.Join(" ", document.QuerySelectorAll(".field-error").Select(e => e.TextContent));
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateClient_WithoutAntiforgeryToken_IsRejected()
    {
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());
        var page = await browser.Http.GetAsync("/settings/developer");

        var response = await (await HtmlForm.FromAsync(page, "Input.Name"))
            .Set("Input.Name", "Sneaky").Set("Input.RedirectUris", "https://x.example/cb").Remove("__RequestVerificationToken")
            .SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> CreateAsync(OAuthBrowser browser, string name, string redirectUris)
    {
        var page = await browser.Http.GetAsync("/settings/developer");
        return await (await HtmlForm.FromAsync(page, "Input.Name"))
            .Set("Input.Name", name).Set("Input.RedirectUris", redirectUris).SubmitAsync(browser.Http);
    }

    private static async Task<int> CreatedIdAsync(HttpResponseMessage response) =>
        int.Parse((await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=created-client-id]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9]{40}$")]
    private static partial Regex SecretPattern();
}
