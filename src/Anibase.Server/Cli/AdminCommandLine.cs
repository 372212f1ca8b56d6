using System.CommandLine;
using Anibase.Server.Hosting;

namespace Anibase.Server.Cli;

/// <summary>
/// The server executable doubles as the admin tool: <c>users create</c>, <c>clients create</c>,
/// <c>catalog import</c>, <c>migrate</c>. With no command it serves.
/// </summary>
internal static class AdminCommandLine
{
    private static readonly string[] CommandNames = ["users", "clients", "catalog", "migrate", "--help", "-h", "-?"];

    private static bool IsCommand(string[] args) => args.Length > 0 && CommandNames.Contains(args[0], StringComparer.Ordinal);

    /// <summary>A command's output is JSON on stdout for scripts to read; its logs go to stderr.</summary>
    public static void ConfigureLogging(WebApplicationBuilder builder, string[] args)
    {
        if (IsCommand(args))
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (!IsCommand(args))
        {
            await app.RunAsync();
            return 0;
        }

        var root = new RootCommand("Anibase: an AniList-compatible authorization server and GraphQL API. Run with no command to serve.")
        {
            UserCommands.Create(app.Services),
            ClientCommands.Create(app.Services),
            CatalogCommands.Create(app.Services),
            MigrateCommand(app.Services),
        };
        return await root.Parse(args).InvokeAsync();
    }

    private static Command MigrateCommand(IServiceProvider services)
    {
        var command = new Command("migrate", "Apply database migrations and exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await EnsureDatabaseAsync(services, cancellationToken);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }

    public static Task EnsureDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DatabaseMigrator.MigrateAsync(
            services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Anibase.Migrations"),
            cancellationToken);
}
