using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>
/// A third-party app reduced to its callback page ("Back in {app}"), on its own socket, for
/// journeys about Anibase's pages rather than the app's: the browser really leaves Anibase and
/// lands there. (Playwright's request routing would need no server, but Chromium does not route
/// the target of a redirect answering <c>page.goto</c>.)
/// </summary>
public sealed class StandInApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private StandInApp(WebApplication app, Uri address)
    {
        this.app = app;
        RedirectUri = new Uri(address, "callback").ToString();
    }

    public string RedirectUri { get; }

    public static async Task<StandInApp> StartAsync(string appName)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var page = $"<!DOCTYPE html><title>{WebUtility.HtmlEncode(appName)}</title><h1>Back in {WebUtility.HtmlEncode(appName)}</h1>";
        app.MapGet("/callback", () => Results.Content(page, "text/html; charset=utf-8"));
        await app.StartAsync();
        return new StandInApp(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    public static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Waits until the browser is back at the app; the query the authorization server sent along.</summary>
    public async Task<Dictionary<string, string>> WaitForCallbackAsync(IPage page)
    {
        await page.WaitForURLAsync(url => url.StartsWith(RedirectUri + "?", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        return QueryHelpers.ParseQuery(new Uri(page.Url).Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
