using System.Globalization;
using Anibase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace Anibase.Server.Tests.Storage;

public abstract partial class StorageBehaviour
{
    [Fact]
    public async Task Clients_CreatedOneAfterAnother_GetConsecutiveIds()
    {
        var owner = await App.Data.CreateUserAsync();

        var first = await App.Data.CreateClientAsync(owner, "First App");
        var second = await App.Data.CreateClientAsync(owner, "Second App");

        Assert.Equal(first.ClientId + 1, second.ClientId);
        var stored = await App.Data.WithScopeAsync(async services =>
            await services.GetRequiredService<AnibaseDbContext>().DeveloperClients.AsNoTracking()
                .Where(c => c.OwnerId == owner.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([(first.ClientId, "First App"), (second.ClientId, "Second App")], stored.Select(c => (c.Id, c.Name)));
    }

    [Fact]
    public async Task Client_Created_IsAnOpenIddictApplicationWithItsRedirectUris()
    {
        var client = await App.Data.CreateClientAsync(name: "Shiny Tracker", redirectUris: ["https://one.example/cb", "myapp://auth/callback"]);

        var (displayName, redirectUris) = await App.Data.WithScopeAsync(async services =>
        {
            var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
            var application = await applications.FindByClientIdAsync(client.ClientId.ToString(CultureInfo.InvariantCulture));
            Assert.NotNull(application);
            return (await applications.GetDisplayNameAsync(application), await applications.GetRedirectUrisAsync(application));
        });

        Assert.Equal("Shiny Tracker", displayName);
        Assert.Equal(["https://one.example/cb", "myapp://auth/callback"], redirectUris.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ClientSecret_Created_IsStoredOnlyAsAHashThatValidates()
    {
        var client = await App.Data.CreateClientAsync();
        var clientId = client.ClientId.ToString(CultureInfo.InvariantCulture);

        var (columns, storedSecret) = await App.Data.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AnibaseDbContext>();
            var row = await db.Set<OpenIddictEntityFrameworkCoreApplication>().SingleAsync(a => a.ClientId == clientId);
            return (ColumnsOf(db, row), row.ClientSecret);
        });
        var (right, wrong) = await App.Data.WithScopeAsync(async services =>
        {
            var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
            var application = await applications.FindByClientIdAsync(clientId) ?? throw new InvalidOperationException("No application.");
            return (await applications.ValidateClientSecretAsync(application, client.ClientSecret),
                await applications.ValidateClientSecretAsync(application, client.ClientSecret[..^1] + (client.ClientSecret[^1] == 'a' ? 'b' : 'a')));
        });

        Assert.Contains(clientId, columns);
        Assert.False(string.IsNullOrEmpty(storedSecret));
        Assert.NotEqual(client.ClientSecret, storedSecret);
        Assert.DoesNotContain(columns, value => value.Contains(client.ClientSecret, StringComparison.Ordinal));
        Assert.True(right);
        Assert.False(wrong);
    }
}
