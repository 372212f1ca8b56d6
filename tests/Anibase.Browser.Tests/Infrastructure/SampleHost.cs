using System.Net;
using System.Net.Sockets;
using Anibase.Samples.WebApp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>
/// The sample third-party app on its own real socket, configured as its README says: the
/// provider's base URLs pointed at the Anibase server, and a client's id and secret. Its port is
/// chosen first, because the client must be registered with the callback URL before the app runs
/// (the app's login handler builds that URL from the address it is browsed at).
/// </summary>
public sealed class SampleHost : WebApplicationFactory<SampleProgram>
{
    private readonly Uri server;
    private int clientId;
    private string clientSecret = "";

    public SampleHost(Uri server)
    {
        this.server = server;
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
        UseKestrel();
    }

    public Uri Address { get; }

    public string RedirectUri => new Uri(Address, "callback").ToString();

    /// <summary>Starts the app with the client it logs in as.</summary>
    public SampleHost Start(int id, string secret)
    {
        clientId = id;
        clientSecret = secret;
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, Address.ToString().TrimEnd('/'));
        builder.UseSetting("AniList:SiteUrl", server.ToString().TrimEnd('/'));
        builder.UseSetting("AniList:GraphQLUrl", new Uri(server, "graphql").ToString());
        builder.UseSetting("AniList:ClientId", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("AniList:ClientSecret", clientSecret);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
