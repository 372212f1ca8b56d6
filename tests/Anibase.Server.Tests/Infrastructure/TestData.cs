using Anibase.Server.Accounts;
using Anibase.Server.Developers;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Infrastructure;

public sealed record TestUser(int Id, string Name, string Password);

/// <summary>Builders with defaults: each call makes a new, uniquely named user or client.</summary>
public sealed class TestData(IServiceProvider services)
{
    public const string DefaultPassword = "correct horse 1";
    public const string DefaultRedirectUri = "http://127.0.0.1:9/callback";

    private static int counter;

    public async Task<TestUser> CreateUserAsync(string? name = null, string password = DefaultPassword)
    {
        name ??= "user" + Interlocked.Increment(ref counter) + Random.Shared.Next(1000, 9999);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .SignUpAsync(name, $"{name}@example.com", password);
        var user = result.User ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
        return new TestUser(user.Id, name, password);
    }

    public async Task<CreatedClient> CreateClientAsync(
        TestUser? owner = null, string name = "Test App", string[]? redirectUris = null, ClientFeatures? features = null)
    {
        owner ??= await CreateUserAsync();
        redirectUris ??= [DefaultRedirectUri];

        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientRegistry>()
            .CreateAsync(owner.Id, name, [.. redirectUris.Select(u => new Uri(u))], CancellationToken.None, features);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
