namespace Anibase.Server.Tests.Catalog;

public sealed class PostgreSqlCatalogStorageTests(PostgreSqlBundledCatalogApp app) : CatalogStorageBehaviour(app), IClassFixture<PostgreSqlBundledCatalogApp>;
