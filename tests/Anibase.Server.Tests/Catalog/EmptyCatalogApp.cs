using Anibase.Server.Hosting;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Catalog;

/// <summary>An empty catalog on SQLite, for tests that import files of their own.</summary>
public sealed class EmptyCatalogApp() : AnibaseApp(DatabaseProvider.Sqlite, realSocket: false, importCatalog: false);
