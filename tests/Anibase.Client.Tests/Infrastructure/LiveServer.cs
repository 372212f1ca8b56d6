using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Client.Tests.Infrastructure;

/// <summary>
/// The Anibase server on a real Kestrel socket (127.0.0.1, a free port) with a fresh SQLite
/// database and the bundled catalog imported, as after a real first start. The client library
/// reaches it as it would reach anilist.co: by URL, through its own HttpClient.
/// </summary>
public class LiveServer : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("anibase-client-").FullName;
    private readonly int permitLimit;

    public LiveServer()
        : this(permitLimit: 0)
    {
    }

    /// <summary>A server whose GraphQL API allows <paramref name="permitLimit"/> requests a minute (0: no limit).</summary>
    protected LiveServer(int permitLimit)
    {
        this.permitLimit = permitLimit;
        UseKestrel();
    }

    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.TrimEnd('/') + "/");
        }
    }

    public AniListEndpoints Endpoints => AniListEndpoints.ForServer(Address);

    public ServerAccounts Accounts => new(Services);

    /// <summary>A fresh browser for a user: keeps cookies, does not follow redirects.</summary>
    public UserBrowser CreateUserBrowser() => new(Address);

    /// <summary>A port nothing listens on, for a loopback redirect URL registered before its listener starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Anibase:DataDirectory", dataDirectory);
        builder.UseSetting("Anibase:Catalog:ImportOnStart", "true");
        builder.UseSetting("Anibase:RateLimit:PermitLimit", permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        // The tests' browser logs in from 127.0.0.1 to this one server more often than the default
        // 10 logins a minute per address allow. The limit stays on, at a number no run reaches.
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

/// <summary>The server shared by the tests of one collection: it starts once (a few seconds with the catalog).</summary>
[CollectionDefinition(Name)]
public sealed class LiveServerTests : ICollectionFixture<LiveServer>
{
    public const string Name = "live server";
}
