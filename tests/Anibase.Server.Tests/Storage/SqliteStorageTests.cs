using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Storage;

public sealed class SqliteStorageTests(AnibaseApp app) : StorageBehaviour(app), IClassFixture<AnibaseApp>;
