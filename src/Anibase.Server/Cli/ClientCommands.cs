using System.CommandLine;
using System.Text.Json;
using Anibase.Data.Accounts;
using Anibase.Server.Developers;
using Microsoft.AspNetCore.Identity;

namespace Anibase.Server.Cli;

internal static class ClientCommands
{
    public static Command Create(IServiceProvider services)
    {
        var owner = new Option<string>("--owner") { Description = "User name of the client's developer", Required = true };
        var name = new Option<string>("--name") { Description = "The client's name, shown on the approval page", Required = true };
        var redirectUris = new Option<string[]>("--redirect-uri")
        {
            Description = "A redirect URI; repeat the option or separate URIs with commas",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };

        var create = new Command("create", "Create an API client and print its id and secret (shown once).") { owner, name, redirectUris };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AnibaseUser>>();
            var developer = await users.FindByNameAsync(parse.GetRequiredValue(owner));
            if (developer is null)
            {
                await Console.Error.WriteLineAsync($"No user is named '{parse.GetRequiredValue(owner)}'.");
                return 1;
            }

            var clientName = parse.GetRequiredValue(name).Trim();
            if (clientName.Length is 0 or > ClientRegistry.MaxNameLength)
            {
                await Console.Error.WriteLineAsync($"The name must be 1 to {ClientRegistry.MaxNameLength} characters.");
                return 1;
            }

            if (!RedirectUriList.TryParse(string.Join(',', parse.GetRequiredValue(redirectUris)), out var uris, out var error))
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }

            var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
            var client = await registry.CreateAsync(developer.Id, clientName, uris, cancellationToken);
            Console.WriteLine(JsonSerializer.Serialize(new { client_id = client.ClientId, client_secret = client.ClientSecret }));
            return 0;
        });

        return new Command("clients", "Manage API clients.") { create };
    }
}
