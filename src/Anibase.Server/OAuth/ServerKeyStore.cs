using System.Security.Cryptography;
using Anibase.Data;
using Anibase.Data.OAuth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Anibase.Server.OAuth;

/// <summary>
/// Loads the token signing key and the code encryption key from the database, creating them
/// on first start. Every node that shares the database therefore signs and accepts the same
/// tokens, and tokens survive restarts.
/// </summary>
internal sealed class ServerKeyStore(AnibaseDbContext db, IDataProtectionProvider dataProtection, TimeProvider time)
{
    private const string SigningPurpose = "signing";
    private const string EncryptionPurpose = "encryption";

    private readonly IDataProtector protector = dataProtection.CreateProtector("Anibase.OAuth.ServerKeys");

    public async Task<RsaSecurityKey> GetSigningKeyAsync(CancellationToken cancellationToken)
    {
        var key = await GetOrCreateAsync(SigningPurpose, CreateSigningMaterial, cancellationToken);
        var rsa = RSA.Create();
        rsa.ImportRSAPrivateKey(key.Material, out _);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }

    public async Task<SymmetricSecurityKey> GetEncryptionKeyAsync(CancellationToken cancellationToken)
    {
        var key = await GetOrCreateAsync(EncryptionPurpose, () => RandomNumberGenerator.GetBytes(32), cancellationToken);
        return new SymmetricSecurityKey(key.Material) { KeyId = key.KeyId };
    }

    // 2048-bit RSA: AniList uses 4096, but no client can tell the difference and signing is
    // about seven times cheaper, which matters on the token endpoint.
    private static byte[] CreateSigningMaterial()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportRSAPrivateKey();
    }

    private async Task<(string KeyId, byte[] Material)> GetOrCreateAsync(
        string purpose, Func<byte[]> createMaterial, CancellationToken cancellationToken)
    {
        var stored = await db.ServerKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Purpose == purpose, cancellationToken);
        if (stored is null)
        {
            var material = createMaterial();
            var candidate = new ServerKey
            {
                Purpose = purpose,
                KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                ProtectedMaterial = Convert.ToBase64String(protector.Protect(material)),
                CreatedAt = time.GetUtcNow(),
            };
            db.ServerKeys.Add(candidate);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (candidate.KeyId, material);
            }
            catch (DbUpdateException)
            {
                // Another node created the key first (unique index on Purpose): use theirs.
                db.ChangeTracker.Clear();
                stored = await db.ServerKeys.AsNoTracking().SingleAsync(k => k.Purpose == purpose, cancellationToken);
            }
        }

        return (stored.KeyId, protector.Unprotect(Convert.FromBase64String(stored.ProtectedMaterial)));
    }
}
