namespace Anibase.Bench;

/// <summary>
/// The web server's ceiling: Kestrel on the same runtime and machine, answering a constant.
/// Nothing else runs in it (no routing middleware beyond the one endpoint, no logging).
/// </summary>
internal static class BareServer
{
    public static void Run(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        app.Run();
    }
}
