using Anibase.Server.Hosting;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>The app after a real first start: the bundled catalog imported.</summary>
public sealed class CatalogApp() : AnibaseApp(DatabaseProvider.Sqlite, realSocket: false, importCatalog: true);
