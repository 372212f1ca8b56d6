using Anibase.Server.Hosting;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Catalog;

public sealed class PostgreSqlBundledCatalogApp() : AnibaseApp(DatabaseProvider.PostgreSql, realSocket: false, importCatalog: true);
