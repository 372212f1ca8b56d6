using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Storage;

public sealed class PostgreSqlStorageTests(PostgreSqlApp app) : StorageBehaviour(app), IClassFixture<PostgreSqlApp>;
