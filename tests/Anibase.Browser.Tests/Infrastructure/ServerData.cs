using Anibase.Server.Accounts;
using Anibase.Server.Developers;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>What a journey finds already there: accounts and clients made through the server's own services.</summary>
public static class ServerData
{
    public static async Task<int> CreateUserAsync(this ServerHost server, Person person)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().SignUpAsync(person.Name, person.Email, person.Password);
        return result.User?.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    public static async Task<CreatedClient> CreateClientAsync(this ServerHost server, Person developer, string name, string redirectUri)
    {
        var ownerId = await server.CreateUserAsync(developer);
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientRegistry>()
            .CreateAsync(ownerId, name, [new Uri(redirectUri)], CancellationToken.None);
    }
}
