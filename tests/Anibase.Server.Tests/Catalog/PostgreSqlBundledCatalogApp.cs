using Anibase.Server.Hosting;

namespace Anibase.Server.Tests.Catalog;

public sealed class PostgreSqlBundledCatalogApp() : CatalogStartApp(DatabaseProvider.PostgreSql, importOnStart: true);
