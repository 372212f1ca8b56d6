using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Anibase.Client.Tests.Infrastructure;

/// <summary>
/// The user's browser, played over HTTP: logs in on the server's login page and answers its
/// approval page, submitting each form as a browser would (antiforgery token included). It keeps
/// cookies and does not follow redirects, so a test sees where the server sends the browser.
/// </summary>
public sealed class UserBrowser : IDisposable
{
    private readonly HttpClient http;

    public UserBrowser(Uri server) =>
        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = server,
        };

    public async Task LogInAsync(TestUser user)
    {
        var page = await http.GetAsync(new Uri("login", UriKind.Relative));
        var form = await FormAsync(page, "Input.Password");
        form["Input.UserName"] = user.Name;
        form["Input.Password"] = user.Password;
        var response = await http.PostAsync(ActionOf(page), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>
    /// Opens the authorize URL (already logged in), answers the approval page with
    /// <paramref name="decision"/> and returns where the server then sends the browser: the app's
    /// redirect URL with the code, the token or the error. The redirect is not followed.
    /// </summary>
    public async Task<Uri> AuthorizeAsync(Uri authorizeUrl, string decision = "approve")
    {
        var approval = await http.GetAsync(authorizeUrl);
        Assert.True(approval.StatusCode == HttpStatusCode.OK, $"The authorize URL answered {(int)approval.StatusCode}: {approval.Headers.Location}");
        var form = await FormAsync(approval, "decision");
        form["decision"] = decision;
        var response = await http.PostAsync(ActionOf(approval), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    public void Dispose() => http.Dispose();

    // Both forms post back to the page's own address.
    private static Uri ActionOf(HttpResponseMessage page) => page.RequestMessage!.RequestUri!;

    /// <summary>The fields of the form that has a field or button named <paramref name="containing"/>, hidden ones included.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpResponseMessage page, string containing)
    {
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var form = document.Forms.FirstOrDefault(f => f.QuerySelector($"[name='{containing}']") is not null)
            ?? throw new InvalidOperationException($"No form with '{containing}' on {page.RequestMessage?.RequestUri}.");
        Assert.True(string.IsNullOrEmpty(form.GetAttribute("action")), "The form posts back to its own page.");
        return form.Elements.OfType<IHtmlInputElement>()
            .Where(input => !string.IsNullOrEmpty(input.Name) && input.Type is not "submit")
            .GroupBy(input => input.Name!)
            .ToDictionary(group => group.Key, group => group.First().Value);
    }
}
