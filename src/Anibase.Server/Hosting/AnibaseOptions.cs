namespace Anibase.Server.Hosting;

/// <summary>The <c>Anibase</c> configuration section.</summary>
public sealed class AnibaseOptions
{
    public const string Section = "Anibase";

    /// <summary>Where the SQLite database and other local state live.</summary>
    public string DataDirectory { get; set; } = "./data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// The token issuer (<c>iss</c>). Leave unset for one host name: the request's own base
    /// address is used. Set it when the server answers on several host names (for example
    /// both anilist.co and graphql.anilist.co), so that a token issued on one is accepted on
    /// the others.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>
    /// Base64 of 32 bytes that encrypt the key ring stored in the database. When unset, the key is
    /// kept in <c>&lt;data directory&gt;/keyring.key</c>, created on first start. Servers that share a
    /// database must share this key.
    /// </summary>
    public string? KeyRingKey { get; set; }

    /// <summary>Refuse plain-http OAuth requests. Off by default so the server runs locally without TLS.</summary>
    public bool RequireHttps { get; set; }
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite it defaults to <c>&lt;data directory&gt;/anibase.db</c>.</summary>
    public string? ConnectionString { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
