using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Anibase.Server.OAuth;

/// <summary>
/// Gives OpenIddict the persisted keys. Options are built once, on first use, after the
/// database has been migrated at start-up; the blocking wait happens only then.
/// </summary>
internal sealed class ConfigureServerKeys(IServiceScopeFactory scopes) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ServerKeyStore>();
        var signingKey = store.GetSigningKeyAsync(CancellationToken.None).GetAwaiter().GetResult();
        var encryptionKey = store.GetEncryptionKeyAsync(CancellationToken.None).GetAwaiter().GetResult();

        options.SigningCredentials.Add(new(signingKey, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new(encryptionKey,
            Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256KW,
            Microsoft.IdentityModel.Tokens.SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
