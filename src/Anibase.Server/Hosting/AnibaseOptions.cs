namespace Anibase.Server.Hosting;

/// <summary>The <c>Anibase</c> configuration section.</summary>
public sealed class AnibaseOptions
{
    public const string Section = "Anibase";

    /// <summary>Where the SQLite database and other local state live.</summary>
    public string DataDirectory { get; set; } = "./data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// The token issuer (<c>iss</c>). Unset, each token names the address it was issued at and
    /// tokens are accepted on every host name (see <c>OAuth/AnyHostIssuer</c>); set, every token
    /// carries this issuer and it is checked.
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

    /// <summary>The <c>Anibase:GraphQL</c> section: what one request may ask of the API.</summary>
    public GraphQLOptions GraphQL { get; set; } = new();

    /// <summary>The <c>Anibase:RateLimit</c> section: how many requests a caller may make.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The <c>Anibase:OAuth</c> section: how tokens are checked.</summary>
    public OAuthOptions OAuth { get; set; } = new();

    /// <summary>The <c>Anibase:BruteForce</c> section: limits on password and token-endpoint attempts.</summary>
    public BruteForceOptions BruteForce { get; set; } = new();
}

public sealed class OAuthOptions
{
    /// <summary>
    /// How long an access token found valid is believed valid without asking the database again.
    /// A revocation made by another server process on the same database takes effect within this
    /// time; one made by the same process takes effect at once. Zero checks the database on every call.
    /// </summary>
    public TimeSpan TokenStatusCacheLifetime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many tokens the cache above holds at most.</summary>
    public int TokenStatusCacheSize { get; set; } = 100_000;
}

/// <summary>
/// Fixed windows per client address (and per client at the token endpoint), on top of the
/// account lockout. 0 turns a limit off.
/// </summary>
public sealed class BruteForceOptions
{
    /// <summary>Password logins tried from one address per window.</summary>
    public int LoginAttemptsPerAddress { get; set; } = 10;

    /// <summary>Token requests from one address per window.</summary>
    public int TokenRequestsPerAddress { get; set; } = 300;

    /// <summary>Token requests naming one client per window, from any address.</summary>
    public int TokenRequestsPerClient { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite it defaults to <c>&lt;data directory&gt;/anibase.db</c>.</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>Caps that keep any one GraphQL request from exhausting the server. 0 turns a cap off.</summary>
public sealed class GraphQLOptions
{
    /// <summary>
    /// AniList's cap, counted as AniList counts: every field costs 1 plus what it selects, and
    /// <c>__schema</c> with everything under it costs nothing.
    /// </summary>
    public int MaxComplexity { get; set; } = 500;

    /// <summary>The longest chain of nested fields, introspection aside (<c>{ Media { id } }</c> is 2).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Fields, aliases included, at the top of one operation.</summary>
    public int MaxRootFields { get; set; } = 100;

    /// <summary>The request body, in bytes; a larger one is answered 413.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;
}

/// <summary>
/// The GraphQL API's rate limit: a fixed window per caller. A valid token's user and client share
/// one budget; requests without a valid token share their client address's.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests per window (AniList: 90 a minute). 0 turns the limit off.</summary>
    public int PermitLimit { get; set; } = 90;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
