using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Anibase.Server.Developers;

/// <summary>
/// Stores client secrets as SHA-256 digests instead of OpenIddict's PBKDF2 (10,000 iterations),
/// which was about a third of each code exchange's CPU time. A slow hash protects guessable
/// secrets; ours are 40 random characters (~238 bits, <see cref="ClientSecretGenerator"/>), which
/// no hash speed makes guessable, so one SHA-256 keeps the same protection for a stolen database
/// (tokens issuers such as GitHub store their high-entropy tokens the same way). A secret too short
/// to be one of ours still gets PBKDF2. Hashes stored before this change keep working, and are
/// replaced by the fast form the first time the secret is used.
/// </summary>
internal sealed class ClientSecretApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store)
    where TApplication : class
{
    /// <summary>Marks the fast form; PBKDF2 hashes are plain base64, which never contains ':'.</summary>
    internal const string Prefix = "sha256:";

    /// <summary>Shorter secrets than this are not ours and keep the slow hash.</summary>
    internal const int MinimumFastLength = 32;

    protected override ValueTask<string> ObfuscateClientSecretAsync(string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Length < MinimumFastLength
            ? base.ObfuscateClientSecretAsync(secret, cancellationToken)
            : ValueTask.FromResult(Prefix + Convert.ToBase64String(Digest(secret)));
    }

    protected override ValueTask<bool> ValidateClientSecretAsync(string secret, string comparand, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(comparand);
        if (!comparand.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return base.ValidateClientSecretAsync(secret, comparand, cancellationToken);
        }

        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        return ValueTask.FromResult(
            Convert.TryFromBase64String(comparand[Prefix.Length..], stored, out var written)
            && written == SHA256.HashSizeInBytes
            && CryptographicOperations.FixedTimeEquals(stored, Digest(secret)));
    }

    public override async ValueTask<bool> ValidateClientSecretAsync(TApplication application, string secret, CancellationToken cancellationToken = default)
    {
        if (!await base.ValidateClientSecretAsync(application, secret, cancellationToken))
        {
            return false;
        }

        if (secret.Length >= MinimumFastLength
            && await Store.GetClientSecretAsync(application, cancellationToken) is { } stored
            && !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            try
            {
                await UpdateAsync(application, secret, cancellationToken);
            }
            catch (OpenIddictExceptions.ConcurrencyException)
            {
                // Another request rehashed it first; either hash checks the same secret.
            }
        }

        return true;
    }

    private static byte[] Digest(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
