using Anibase.Samples.WebApp.Hosting;

namespace Anibase.Samples.WebApp;

/// <summary>
/// The entry point. Not top-level statements: tests host this app and the Anibase server side by
/// side, and the server already owns the global <c>Program</c>. Not static either, so that it can be
/// the marker of <c>WebApplicationFactory&lt;SampleProgram&gt;</c> (a static class cannot be a type argument).
/// </summary>
public sealed class SampleProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddSample();

        var app = builder.Build();
        app.MapSample();

        await app.RunAsync();
    }
}
