namespace Anibase.Server.Tests.Catalog;

public sealed class SqliteCatalogStorageTests(SqliteBundledCatalogApp app) : CatalogStorageBehaviour(app), IClassFixture<SqliteBundledCatalogApp>;
