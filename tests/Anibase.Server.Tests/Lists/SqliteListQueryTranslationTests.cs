using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

public sealed class SqliteListQueryTranslationTests(AnibaseApp app) : ListQueryTranslationBehaviour(app), IClassFixture<AnibaseApp>;
