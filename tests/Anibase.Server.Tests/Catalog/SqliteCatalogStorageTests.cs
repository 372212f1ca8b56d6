using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Catalog;

public sealed class SqliteCatalogStorageTests(CatalogApp app) : CatalogStorageBehaviour(app), IClassFixture<CatalogApp>;
