using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>
/// One person's visit: a fresh browser context (no cookies), a page, a trace that is kept only
/// when the journey fails, and named screenshots along the way.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string name;
    private bool failed = true;

    private Journey(IBrowserContext context, IPage page, string name)
    {
        this.context = context;
        Page = page;
        this.name = name;
    }

    public IPage Page { get; }

    /// <summary>Runs the steps in a fresh context; if any step throws, the trace is kept for reading.</summary>
    public static async Task RunAsync(BrowserFixture fixture, string name, Func<Journey, Task> steps, ViewportSize? viewport = null)
    {
        await using var journey = await StartAsync(fixture, name, viewport);
        try
        {
            await steps(journey);
            journey.failed = false;
        }
        catch
        {
            // What the person was looking at when it went wrong, beside the trace.
            await journey.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor($"{name}-failed.png"), FullPage = true });
            throw;
        }
    }

    private static async Task<Journey> StartAsync(BrowserFixture fixture, string name, ViewportSize? viewport)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1100, Height = 800 },
        });
        // Generous: CI machines are shared and slow; a journey that works finishes in a second or two.
        context.SetDefaultTimeout(30_000);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Sources = false });
        return new Journey(context, await context.NewPageAsync(), name);
    }

    /// <summary>
    /// Saves <c>{journey}-{step}.png</c> with the test output; those the README shows
    /// (<paramref name="forDocs"/>) also go to the docs folder when one is named.
    /// </summary>
    public async Task ScreenshotAsync(string step, bool forDocs = false)
    {
        var fileName = $"{name}-{step}.png";
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor(fileName), FullPage = true });
        if (forDocs && Artifacts.DocsScreenshots is { } docs)
        {
            await File.WriteAllBytesAsync(Path.Combine(docs, fileName), bytes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await context.Tracing.StopAsync(failed
            ? new TracingStopOptions { Path = Artifacts.PathFor($"{name}-trace.zip") }
            : new TracingStopOptions());
        await context.CloseAsync();
    }
}
