using Anibase.Server.Hosting;

namespace Anibase.Server.Tests.Catalog;

public sealed class SqliteBundledCatalogApp() : CatalogStartApp(DatabaseProvider.Sqlite, importOnStart: true);
