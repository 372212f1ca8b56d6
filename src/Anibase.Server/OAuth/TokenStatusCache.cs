using System.Collections.Concurrent;
using Anibase.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Anibase.Server.OAuth;

/// <summary>
/// Remembers, for a few seconds, which access tokens were found valid in the database, so that a
/// busy client does not cost two lookups per API call. Only "valid" is remembered, never
/// "revoked", and never for longer than <see cref="OAuthOptions.TokenStatusCacheLifetime"/>: a
/// revocation made by another server process on the same database is seen within that time, and
/// one made by this process at once (<see cref="ForgetAll"/>). Bounded: when full, it starts over.
/// </summary>
public sealed class TokenStatusCache(IOptions<AnibaseOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> validUntil = new(StringComparer.Ordinal);

    private OAuthOptions Options => options.Value.OAuth;

    public bool IsKnownValid(string tokenId)
    {
        if (!validUntil.TryGetValue(tokenId, out var until))
        {
            return false;
        }

        if (time.GetUtcNow() < until)
        {
            return true;
        }

        validUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(tokenId, until));
        return false;
    }

    /// <summary>Remembers a token just found valid, no longer than the cache lifetime or the token's own expiry.</summary>
    public void RememberValid(string tokenId, DateTimeOffset? expiresAt)
    {
        var lifetime = Options.TokenStatusCacheLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (validUntil.Count >= Options.TokenStatusCacheSize)
        {
            // Starting over is cheap (each token costs one lookup again) and keeps memory bounded
            // without bookkeeping on the hot path.
            validUntil.Clear();
        }

        var until = time.GetUtcNow() + lifetime;
        validUntil[tokenId] = expiresAt is { } expiry && expiry < until ? expiry : until;
    }

    /// <summary>Called after any revocation by this process: every token is looked up again.</summary>
    public void ForgetAll() => validUntil.Clear();
}
