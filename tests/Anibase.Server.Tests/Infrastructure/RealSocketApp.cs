using Anibase.Server.Hosting;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>The app on a real Kestrel socket (127.0.0.1, a free port), for clients outside the process.</summary>
public sealed class RealSocketApp() : AnibaseApp(DatabaseProvider.Sqlite, realSocket: true);
