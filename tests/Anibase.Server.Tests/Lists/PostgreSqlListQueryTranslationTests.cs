using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

public sealed class PostgreSqlListQueryTranslationTests(PostgreSqlApp app) : ListQueryTranslationBehaviour(app), IClassFixture<PostgreSqlApp>;
