using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>
/// A user's browser and a client app going through AniList's guide: log in, open the authorize
/// link, approve or deny, and exchange the code. Each step is a real HTTP request to the app.
/// </summary>
public sealed class OAuthBrowser(HttpClient browser)
{
    public HttpClient Http { get; } = browser;

    public static string AuthorizeUrl(int clientId, string redirectUri, string responseType = "code", string? state = "state-123")
    {
        // Built as the guide builds it: the redirect URI pasted in raw, not URL-encoded.
        var url = $"/api/v2/oauth/authorize?client_id={clientId}&redirect_uri={redirectUri}&response_type={responseType}";
        return state is null ? url : url + "&state=" + state;
    }

    public async Task<HttpResponseMessage> LogInAsync(TestUser user, string? returnUrl = null)
    {
        var page = await Http.GetAsync(returnUrl is null ? "/login" : "/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = await HtmlForm.FromAsync(page, "Input.Password");
        return await form.Set("Input.UserName", user.Name).Set("Input.Password", user.Password).SubmitAsync(Http);
    }

    /// <summary>Signed in, opens the authorize link and answers the approval page; returns the final redirect.</summary>
    public async Task<HttpResponseMessage> AuthorizeAsync(TestUser user, string authorizeUrl, string decision = "approve")
    {
        var login = await LogInAsync(user);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var approval = await Http.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        return await (await HtmlForm.FromAsync(approval, "decision")).Set("decision", decision).SubmitAsync(Http);
    }

    /// <summary>The whole front channel: returns the code from the redirect.</summary>
    public async Task<string> GetCodeAsync(TestUser user, int clientId, string redirectUri = TestData.DefaultRedirectUri)
    {
        var response = await AuthorizeAsync(user, AuthorizeUrl(clientId, redirectUri));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        return query["code"].ToString() is { Length: > 0 } code ? code : throw new InvalidOperationException($"No code in {response.Headers.Location}");
    }

    public static Dictionary<string, string> ParseFragment(HttpResponseMessage response) =>
        QueryHelpers.ParseQuery(response.Headers.Location!.Fragment.TrimStart('#')).ToDictionary(p => p.Key, p => p.Value.ToString());

    public static Dictionary<string, string> ParseRedirect(HttpResponseMessage response) =>
        QueryHelpers.ParseQuery(response.Headers.Location!.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
}

/// <summary>The app's server side: the token request in the three shapes clients send.</summary>
public static class TokenRequests
{
    public static Task<HttpResponseMessage> JsonAsync(HttpClient http, object body) =>
        http.PostAsJsonAsync("/api/v2/oauth/token", body);

    public static Task<HttpResponseMessage> FormAsync(HttpClient http, IDictionary<string, string> fields) =>
        http.PostAsync("/api/v2/oauth/token", new FormUrlEncodedContent(fields));

    public static Task<HttpResponseMessage> BasicAsync(HttpClient http, string clientId, string secret, IDictionary<string, string> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/oauth/token") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));
        return http.SendAsync(request);
    }

    public static Dictionary<string, string> CodeGrant(int clientId, string secret, string code, string redirectUri = TestData.DefaultRedirectUri) => new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = clientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["client_secret"] = secret,
        ["redirect_uri"] = redirectUri,
        ["code"] = code,
    };
}
