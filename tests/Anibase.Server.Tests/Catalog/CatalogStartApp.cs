using Anibase.Server.Hosting;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Anibase.Server.Tests.Catalog;

/// <summary>The app with the first-start import of the bundled catalog set explicitly, whatever the default.</summary>
public abstract class CatalogStartApp(DatabaseProvider provider, bool importOnStart) : AnibaseApp(provider, realSocket: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Anibase:Catalog:ImportOnStart", importOnStart ? "true" : "false");
    }
}
