using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Anibase.Server.Tests.Compat;

namespace Anibase.Server.Tests.Cli;

/// <summary>
/// The built server (Anibase.Server.dll, copied beside the tests) run as an admin runs it: a
/// separate <c>dotnet</c> process on its own fresh data directory, as an admin command or serving.
/// Disposing kills every process it started and deletes the directory.
/// </summary>
public sealed class ServerExecutable : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "Anibase.Server.dll");
    private readonly List<ChildProcess> servers = [];

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("anibase-cli-").FullName;

    public Task<ProcessResult> RunAsync(params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Assembly, .. arguments], Environment(), CommandTimeout, AppContext.BaseDirectory);

    /// <summary>Serves on a free local port; returns its base address once <c>/healthz</c> answers 200.</summary>
    public async Task<Uri> ServeAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var server = ChildProcess.Start(
            "dotnet", [Assembly, "--urls", address.GetLeftPart(UriPartial.Authority)], Environment(), AppContext.BaseDirectory);
        servers.Add(server);

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout && !server.HasExited)
        {
            try
            {
                using var health = await http.GetAsync("/healthz");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return address;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The server did not become healthy on {address} within {StartTimeout}.\n{server}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process on its way out; the temp directory is cleaned by the OS.
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Anibase__DataDirectory"] = DataDirectory,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
