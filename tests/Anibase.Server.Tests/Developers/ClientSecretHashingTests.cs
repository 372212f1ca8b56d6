using System.Globalization;
using System.Net;
using Anibase.Data;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Tests.Developers;

public sealed class ClientSecretHashingTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task CreatedClient_StoresOnlyASha256Digest_AndItsSecretRedeemsCodes()
    {
        var (_, client, code) = await app.MintCodeAsync();

        var stored = await StoredSecretAsync(client.ClientId);
        Assert.StartsWith(ClientSecretApplicationManager<OpenIddictEntityFrameworkCoreApplication>.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(client.ClientSecret, stored, StringComparison.Ordinal);

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenRequest_WrongSecretOfTheSameLength_IsRefused()
    {
        var (_, client, code) = await app.MintCodeAsync();
        var wrong = ClientSecretGenerator.Generate();

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, wrong, code));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(Errors.InvalidClient, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientWithAnOldPbkdf2Hash_StillRedeemsCodes_AndIsRehashedOnUse()
    {
        var (_, client, code) = await app.MintCodeAsync();
        var legacy = await app.Data.WithScopeAsync(services => StockManager.From(services).HashAsync(client.ClientSecret));
        await SetStoredSecretAsync(client.ClientId, legacy);

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredSecretAsync(client.ClientId);
        Assert.NotEqual(legacy, stored);
        Assert.StartsWith(ClientSecretApplicationManager<OpenIddictEntityFrameworkCoreApplication>.Prefix, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortSecret_KeepsTheSlowHash()
    {
        const string Secret = "short but 1";
        var (hash, valid) = await app.Data.WithScopeAsync(async services =>
        {
            var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
            var application = await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = "short-" + Guid.NewGuid().ToString("N"),
                ClientSecret = Secret,
                ClientType = ClientTypes.Confidential,
            });
            return (((OpenIddictEntityFrameworkCoreApplication)application).ClientSecret!,
                await applications.ValidateClientSecretAsync(application, Secret));
        });

        Assert.False(hash.StartsWith(ClientSecretApplicationManager<OpenIddictEntityFrameworkCoreApplication>.Prefix, StringComparison.Ordinal));
        Assert.True(valid);
    }

    private Task<string> StoredSecretAsync(int clientId) => app.Data.WithScopeAsync(async services =>
        (await services.GetRequiredService<AnibaseDbContext>().Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking()
            .SingleAsync(a => a.ClientId == clientId.ToString(CultureInfo.InvariantCulture))).ClientSecret!);

    private Task<int> SetStoredSecretAsync(int clientId, string hash) => app.Data.WithScopeAsync(services =>
        services.GetRequiredService<AnibaseDbContext>().Set<OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientId == clientId.ToString(CultureInfo.InvariantCulture))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClientSecret, hash)));

    /// <summary>OpenIddict's own manager, for the hash every client had before the fast form.</summary>
    private sealed class StockManager(
        IOpenIddictApplicationCache<OpenIddictEntityFrameworkCoreApplication> cache,
        ILogger<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>> logger,
        IOptionsMonitor<OpenIddictCoreOptions> options,
        IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store)
        : OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>(cache, logger, options, store)
    {
        public static StockManager From(IServiceProvider services) => ActivatorUtilities.CreateInstance<StockManager>(services);

        public async Task<string> HashAsync(string secret) => await ObfuscateClientSecretAsync(secret);
    }
}
