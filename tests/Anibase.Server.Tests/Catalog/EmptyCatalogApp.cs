using Anibase.Server.Hosting;

namespace Anibase.Server.Tests.Catalog;

/// <summary>An empty catalog on SQLite, for tests that import files of their own.</summary>
public sealed class EmptyCatalogApp() : CatalogStartApp(DatabaseProvider.Sqlite, importOnStart: false);
