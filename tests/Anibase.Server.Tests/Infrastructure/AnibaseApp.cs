using Anibase.Server.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>
/// The real server, in-process, on its own fresh database: SQLite in a temporary data directory
/// by default, or a fresh PostgreSQL database. The clock is a <see cref="FakeTimeProvider"/>
/// that tests can move.
/// </summary>
public class AnibaseApp : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;
    private readonly bool ownsDataDirectory = true;
    private readonly string? postgresConnectionString;
    private readonly bool realSocket;
    private readonly bool importCatalog;

    public AnibaseApp()
        : this(DatabaseProvider.Sqlite, realSocket: false)
    {
    }

    /// <summary>
    /// An app on <paramref name="provider"/>, on a real socket or not, importing the bundled catalog
    /// at start-up as a real first start does or not (<paramref name="importCatalog"/>).
    /// </summary>
    protected AnibaseApp(DatabaseProvider provider, bool realSocket, bool importCatalog = false)
    {
        dataDirectory = Directory.CreateTempSubdirectory("anibase-test-").FullName;
        Provider = provider;
        this.realSocket = realSocket;
        this.importCatalog = importCatalog;
        if (provider == DatabaseProvider.PostgreSql)
        {
            postgresConnectionString = PostgresServer.CreateDatabase();
        }

        if (realSocket)
        {
            UseKestrel();
        }
    }

    /// <summary>
    /// Another server process on <paramref name="first"/>'s database, with its own memory and its
    /// own clock, as when several nodes serve one site. They share the key-ring key, as such nodes must.
    /// </summary>
    private AnibaseApp(AnibaseApp first)
    {
        Provider = first.Provider;
        dataDirectory = first.dataDirectory;
        ownsDataDirectory = false;
        postgresConnectionString = first.postgresConnectionString;
    }

    public static AnibaseApp SecondNodeOf(AnibaseApp first) => new(first);

    public DatabaseProvider Provider { get; }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The base address of the real socket (only for a <see cref="RealSocketApp"/>).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    public TestData Data => new(Services);

    /// <summary>A browser-like client: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowser() => realSocket
        ? SocketBrowser.Create(ServerAddress)
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Anibase:DataDirectory", dataDirectory);
        builder.UseSetting("Anibase:Database:Provider", Provider.ToString());
        builder.UseSetting("Anibase:Catalog:ImportOnStart", importCatalog ? "true" : "false");
        // A shared fixture's clock never moves, so its rate-limit windows would never end; the
        // rate-limit and brute-force tests set their own limits.
        builder.UseSetting("Anibase:RateLimit:PermitLimit", "0");
        builder.UseSetting("Anibase:BruteForce:LoginAttemptsPerAddress", "0");
        builder.UseSetting("Anibase:BruteForce:TokenRequestsPerAddress", "0");
        builder.UseSetting("Anibase:BruteForce:TokenRequestsPerClient", "0");
        if (postgresConnectionString is not null)
        {
            builder.UseSetting("Anibase:Database:ConnectionString", postgresConnectionString);
        }

        // Never the default port: tests run side by side.
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, realSocket ? "http://127.0.0.1:0" : "http://localhost");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown; the temp directory is cleaned by the OS.
            }
        }
    }
}
