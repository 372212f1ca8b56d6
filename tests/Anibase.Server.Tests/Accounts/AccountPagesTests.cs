using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Accounts;

public sealed class AccountPagesTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task SignUp_NewAccount_IsSignedInAndReturnsToTheAuthorizeRequest()
    {
        var client = await app.Data.CreateClientAsync(name: "Return Trip");
        var browser = new OAuthBrowser(app.CreateBrowser());
        var authorizeUrl = OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri);
        var name = "newbie" + Random.Shared.Next(100_000, 999_999);

        var page = await browser.Http.GetAsync("/signup?ReturnUrl=" + Uri.EscapeDataString(authorizeUrl));
        var response = await (await HtmlForm.FromAsync(page, "Input.Password"))
            .Set("Input.UserName", name).Set("Input.Email", name + "@example.com").Set("Input.Password", "longenough1")
            .SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var approval = await browser.Http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var document = await HtmlForm.ParseAsync(approval);
        Assert.Equal("Return Trip", document.QuerySelector("[data-testid=client-name]")!.TextContent.Trim());
        Assert.Equal(name, document.QuerySelector("[data-testid=signed-in-user]")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignUp_TakenName_ShowsTheReasonAndCreatesNothing()
    {
        var existing = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());

        var page = await browser.Http.GetAsync("/signup");
        var response = await (await HtmlForm.FromAsync(page, "Input.Password"))
            .Set("Input.UserName", existing.Name).Set("Input.Email", "other@example.com").Set("Input.Password", "longenough1")
            .SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=signup-errors]")!.TextContent;
        Assert.Contains(existing.Name, errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "x@example.com", "longenough1", "2 to 20")]
    [InlineData("bad name!", "x@example.com", "longenough1", "letters and digits")]
    [InlineData("goodname", "not-an-email", "longenough1", "valid email")]
    [InlineData("goodname", "x@example.com", "short", "at least 8")]
    public async Task SignUp_InvalidInput_ShowsFieldError(string name, string email, string password, string expected)
    {
        var browser = new OAuthBrowser(app.CreateBrowser());

        var page = await browser.Http.GetAsync("/signup");
        var response = await (await HtmlForm.FromAsync(page, "Input.Password"))
            .Set("Input.UserName", name).Set("Input.Email", email).Set("Input.Password", password)
            .SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForm.ParseAsync(response);
        var fieldErrors = string.Join(" ", document.QuerySelectorAll(".field-error").Select(e => e.TextContent));
        Assert.Contains(expected, fieldErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndDoesNotRedirect()
    {
        var user = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());

        var response = await browser.LogInAsync(user with { Password = "wrong password 1" }, "/settings/developer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=login-error]")!.TextContent;
        Assert.Contains("wrong", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ByEmail_Works()
    {
        var user = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());

        var response = await browser.LogInAsync(user with { Name = user.Name + "@example.com" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var user = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.LogInAsync(user with { Password = "wrong password " + attempt });
        }

        var response = await browser.LogInAsync(user);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await HtmlForm.ParseAsync(response)).QuerySelector("[data-testid=login-error]")!.TextContent;
        Assert.Contains("locked", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_GoesHomeInstead()
    {
        var user = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());

        var response = await browser.LogInAsync(user, "https://evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignUp_ExternalReturnUrl_GoesHomeInstead()
    {
        var browser = app.CreateBrowser();
        var page = await browser.GetAsync("/signup?ReturnUrl=" + Uri.EscapeDataString("https://evil.example/phish"));
        var name = "newcomer" + Random.Shared.Next(10_000, 99_999);

        var response = await (await HtmlForm.FromAsync(page, "Input.Password"))
            .Set("Input.UserName", name).Set("Input.Email", name + "@example.com")
            .Set("Input.Password", TestData.DefaultPassword)
            .SubmitAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var user = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);
        var settings = await browser.Http.GetAsync("/settings/developer");
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);

        var logout = await (await HtmlForm.PostingToAsync(settings, "/logout")).SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await browser.Http.GetAsync("/settings/developer");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/login", after.Headers.Location!.AbsolutePath);
    }
}
