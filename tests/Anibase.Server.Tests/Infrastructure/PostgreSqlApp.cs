using Anibase.Server.Hosting;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>The app on a fresh database of a real PostgreSQL server.</summary>
public sealed class PostgreSqlApp() : AnibaseApp(DatabaseProvider.PostgreSql, realSocket: false);
