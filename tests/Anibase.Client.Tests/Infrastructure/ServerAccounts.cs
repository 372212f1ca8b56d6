using Anibase.Server.Accounts;
using Anibase.Server.Developers;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Client.Tests.Infrastructure;

public sealed record TestUser(int Id, string Name, string Password);

/// <summary>Builders with defaults, through the server's own services: each call makes a new, uniquely named user or client.</summary>
public sealed class ServerAccounts(IServiceProvider services)
{
    public const string Password = "correct horse 1";

    private static int counter;

    public async Task<TestUser> CreateUserAsync()
    {
        var name = "reader" + Interlocked.Increment(ref counter) + Random.Shared.Next(1000, 9999);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().SignUpAsync(name, $"{name}@example.com", Password);
        var user = result.User ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        return new TestUser(user.Id, name, Password);
    }

    /// <summary>A developer's new client with these redirect URLs, as the developer settings page makes it.</summary>
    public async Task<CreatedClient> CreateClientAsync(params Uri[] redirectUris)
    {
        var developer = await CreateUserAsync();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientRegistry>()
            .CreateAsync(developer.Id, "Client Library Test", redirectUris, CancellationToken.None);
    }
}
