using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.WebUtilities;

namespace Anibase.Bench.Http;

/// <summary>
/// A user's browser: its own cookies, no automatic redirects, and forms submitted as a browser
/// submits them (hidden fields, the antiforgery token included), parsed with AngleSharp.
/// </summary>
internal sealed class Browser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient http;

    public Browser(Uri server)
    {
        http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
        })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public static string AuthorizePath(int clientId, string redirectUri) =>
        $"/api/v2/oauth/authorize?client_id={clientId}&redirect_uri={redirectUri}&response_type=code&state=bench";

    /// <summary>The login page, then its form: one password check on the server.</summary>
    public async Task LogInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        using var page = await http.GetAsync("/login", cancellationToken);
        var form = await FormAsync(page, "Input.Password", cancellationToken);
        form["Input.UserName"] = userName;
        form["Input.Password"] = password;
        using var response = await PostAsync(page, form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login as {userName} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Opens the authorize link; approves when the approval page is shown, and otherwise follows
    /// the redirect (a remembered approval). Returns the code.
    /// </summary>
    public async Task<(string Code, bool Approved)> AuthorizeAsync(string authorizePath, CancellationToken cancellationToken)
    {
        using var page = await http.GetAsync(authorizePath, cancellationToken);
        if (page.StatusCode == HttpStatusCode.Redirect)
        {
            return (CodeOf(page), false);
        }

        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"authorize answered {(int)page.StatusCode}");
        }

        var form = await FormAsync(page, "decision", cancellationToken);
        form["decision"] = "approve";
        using var response = await PostAsync(page, form, cancellationToken);
        return (CodeOf(response), true);
    }

    public void Dispose() => http.Dispose();

    private static string CodeOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (response.StatusCode != HttpStatusCode.Redirect || location is null)
        {
            throw new InvalidOperationException($"expected a redirect with a code, got {(int)response.StatusCode}");
        }

        var query = QueryHelpers.ParseQuery(location.IsAbsoluteUri ? location.Query : new Uri(new Uri("http://x"), location).Query);
        return query.TryGetValue("code", out var code) && code.Count == 1
            ? code.ToString()
            : throw new InvalidOperationException($"no code in {location}");
    }

    private async Task<HttpResponseMessage> PostAsync(HttpResponseMessage page, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(form);
        return await http.PostAsync(page.RequestMessage!.RequestUri, content, cancellationToken);
    }

    /// <summary>The fields of the first form holding a field or button named <paramref name="containing"/>.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(HttpResponseMessage page, string containing, CancellationToken cancellationToken)
    {
        var document = await Parser.ParseDocumentAsync(await page.Content.ReadAsStringAsync(cancellationToken), cancellationToken);
        var form = document.Forms.FirstOrDefault(f => f.QuerySelector($"[name='{containing}']") is not null)
            ?? throw new InvalidOperationException($"no form with '{containing}' on {page.RequestMessage?.RequestUri}");
        return form.Elements.OfType<IHtmlInputElement>()
            .Where(input => !string.IsNullOrEmpty(input.Name) && input.Type is not "submit")
            .ToDictionary(input => input.Name!, input => input.Value);
    }
}
