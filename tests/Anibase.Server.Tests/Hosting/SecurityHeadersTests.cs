using System.Net;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace Anibase.Server.Tests.Hosting;

public sealed class SecurityHeadersTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/signup")]
    [InlineData("/home")]
    [InlineData("/oauth/error")]
    [InlineData("/no/such/page")]
    public async Task EveryPage_ForbidsFramingInlineScriptAndReferrers(string path)
    {
        var response = await app.CreateBrowser().GetAsync(path);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ApprovalPage_ForbidsFramingInlineScriptAndReferrers()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var approval = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));

        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        AssertSecurityHeaders(approval);
        var decision = await (await HtmlForm.FromAsync(approval, "decision")).Set("decision", "approve").SubmitAsync(browser.Http);
        AssertSecurityHeaders(decision);
    }

    [Fact]
    public async Task Cookies_OverHttp_AreHttpOnlyLaxAndNotSecure()
    {
        var browser = new OAuthBrowser(app.CreateBrowser());
        var login = await browser.Http.GetAsync("/login");
        var user = await app.Data.CreateUserAsync();
        var signedIn = await browser.LogInAsync(user);

        var cookies = SetCookies(login).Concat(SetCookies(signedIn)).ToList();

        Assert.Contains(cookies, c => c.Name == "anibase_session");
        Assert.Contains(cookies, c => c.Name == "anibase_antiforgery");
        Assert.All(cookies, c =>
        {
            Assert.True(c.HttpOnly, $"{c.Name} is not HttpOnly");
            Assert.Equal(SameSiteMode.Lax, c.SameSite);
            Assert.False(c.Secure, $"{c.Name} is Secure over http");
        });
    }

    [Fact]
    public async Task Cookies_OverHttps_AreSecure()
    {
        var browser = new OAuthBrowser(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        }));
        var login = await browser.Http.GetAsync("/login");
        var signedIn = await browser.LogInAsync(await app.Data.CreateUserAsync());

        var cookies = SetCookies(login).Concat(SetCookies(signedIn)).ToList();

        Assert.Contains(cookies, c => c.Name == "anibase_session");
        Assert.All(cookies, c => Assert.True(c.Secure, $"{c.Name} is not Secure over https"));
    }

    [Fact]
    public async Task UnknownPage_Is404WithAPage()
    {
        var response = await app.CreateBrowser().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var title = (await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=error-title]")!.TextContent;
        Assert.Equal("Page not found", title);
    }

    [Fact]
    public async Task FormPostedWithoutAntiforgeryToken_Is400WithAnExplainingPage()
    {
        var response = await app.CreateBrowser().PostAsync("/login", new FormUrlEncodedContent(
            [new("Input.UserName", "someone"), new("Input.Password", "whatever1")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=error-detail]")!.TextContent;
        Assert.Contains("reload", detail, StringComparison.Ordinal);
    }

    private static IEnumerable<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList([.. values]) : [];

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
