using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>The Anibase server on a real socket (127.0.0.1, a free port) with a fresh SQLite database.</summary>
public sealed class ServerHost : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("anibase-browser-").FullName;

    public ServerHost() => UseKestrel();

    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Anibase:DataDirectory", dataDirectory);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        // Every journey's browser logs in from 127.0.0.1 to this one server, more often than the
        // default 10 logins a minute per address allow. The limit stays on, at a number no run reaches.
        builder.UseSetting("Anibase:BruteForce:LoginAttemptsPerAddress", "1000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown; the OS cleans temp directories.
            }
        }
    }
}
