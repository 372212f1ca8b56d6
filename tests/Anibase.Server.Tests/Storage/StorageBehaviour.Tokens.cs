using System.Globalization;
using System.Text.Json;
using Anibase.Data;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Tests.Storage;

public abstract partial class StorageBehaviour
{
    // What ASP.NET Core Data Protection writes first in every payload it protects.
    private static readonly byte[] DataProtectionMagicHeader = [0x09, 0xF0, 0xC9, 0xF0];

    [Fact]
    public async Task CodeAndAccessToken_AfterTheGuide_AreStoredRedeemedAndValidButNotInClear()
    {
        var user = await App.Data.CreateUserAsync();
        var client = await App.Data.CreateClientAsync(user);
        var clientId = client.ClientId.ToString(CultureInfo.InvariantCulture);

        var (code, accessToken) = await IssueTokenAsync(App, user, client.ClientId, client.ClientSecret);

        var rows = await App.Data.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AnibaseDbContext>();
            var tokens = await db.Set<OpenIddictEntityFrameworkCoreToken>()
                .Where(t => t.Application!.ClientId == clientId)
                .ToListAsync();
            return tokens.Select(t => (t.Type, t.Status, t.Subject, Columns: ColumnsOf(db, t))).ToList();
        });

        Assert.Contains(rows, r => r is { Type: TokenTypeIdentifiers.Private.AuthorizationCode, Status: Statuses.Redeemed });
        Assert.Contains(rows, r => r is { Type: TokenTypeIdentifiers.AccessToken, Status: Statuses.Valid });
        Assert.All(rows, r => Assert.Equal(user.Id.ToString(CultureInfo.InvariantCulture), r.Subject));
        Assert.DoesNotContain(rows.SelectMany(r => r.Columns), value =>
            value.Contains(code, StringComparison.Ordinal) || value.Contains(accessToken, StringComparison.Ordinal));
        await AssertViewerAsync(App, accessToken, user);
    }

    [Fact]
    public async Task RefreshTokens_RotatedOnce_AreStoredRedeemedAndValidButNotInClear()
    {
        var user = await App.Data.CreateUserAsync();
        var client = await App.Data.CreateClientAsync(user, features: new ClientFeatures(AllowRefreshTokens: true));
        var clientId = client.ClientId.ToString(CultureInfo.InvariantCulture);
        var code = await new OAuthBrowser(App.CreateBrowser()).GetCodeAsync(user, client.ClientId);
        var first = JsonDocument.Parse(await (await TokenRequests.FormAsync(App.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("refresh_token").GetString()!;
        var second = JsonDocument.Parse(await (await TokenRequests.FormAsync(App.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = clientId,
            ["client_secret"] = client.ClientSecret,
            ["refresh_token"] = first,
        })).Content.ReadAsStringAsync()).RootElement.GetProperty("refresh_token").GetString()!;

        var rows = await App.Data.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AnibaseDbContext>();
            var tokens = await db.Set<OpenIddictEntityFrameworkCoreToken>()
                .Where(t => t.Application!.ClientId == clientId && t.Type == TokenTypeIdentifiers.RefreshToken)
                .ToListAsync();
            return tokens.Select(t => (t.Status, Columns: ColumnsOf(db, t))).ToList();
        });

        Assert.Equal([Statuses.Redeemed, Statuses.Valid], rows.Select(r => r.Status).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(rows.SelectMany(r => r.Columns), value =>
            value.Contains(first, StringComparison.Ordinal) || value.Contains(second, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerKeys_OnceServing_AreOneSigningAndOneEncryptionKeyStoredProtected()
    {
        var jwks = new JsonWebKeySet(await App.CreateClient().GetStringAsync("/.well-known/jwks"));
        var published = Assert.Single(jwks.Keys);
        var modulus = Base64UrlEncoder.DecodeBytes(published.N);

        var keys = await App.Data.WithScopeAsync(async services =>
            await services.GetRequiredService<AnibaseDbContext>().ServerKeys.AsNoTracking().ToListAsync());

        Assert.Equal(["encryption", "signing"], keys.Select(k => k.Purpose).Order(StringComparer.Ordinal));
        Assert.Equal(published.Kid, keys.Single(k => k.Purpose == "signing").KeyId);
        Assert.All(keys, key =>
        {
            var stored = Convert.FromBase64String(key.ProtectedMaterial);
            Assert.True(stored.AsSpan().StartsWith(DataProtectionMagicHeader), $"The {key.Purpose} key is not protected.");
            Assert.False(stored.AsSpan().IndexOf(modulus) >= 0, $"The {key.Purpose} key holds the RSA modulus in clear.");
        });
    }
}
