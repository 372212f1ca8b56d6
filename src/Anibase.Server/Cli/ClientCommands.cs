using System.CommandLine;
using System.Text.Json;
using Anibase.Data.Accounts;
using Anibase.Server.Developers;
using Microsoft.AspNetCore.Identity;

namespace Anibase.Server.Cli;

/// <summary>
/// <c>clients create|list|update|regenerate-secret|delete</c>: what a developer does on
/// /settings/developer, for an administrator, on any client. Output is JSON on stdout.
/// </summary>
internal static class ClientCommands
{
    public static Command Create(IServiceProvider services) =>
        new("clients", "Manage API clients.")
        {
            CreateCommand(services),
            ListCommand(services),
            UpdateCommand(services),
            RegenerateSecretCommand(services),
            DeleteCommand(services),
        };

    private static Command CreateCommand(IServiceProvider services)
    {
        var owner = new Option<string>("--owner") { Description = "User name of the client's developer", Required = true };
        var name = new Option<string>("--name") { Description = "The client's name, shown on the approval page", Required = true };
        var redirectUris = RedirectUriOption(required: true);
        var isPublic = new Option<bool>("--public") { Description = "A public client: no secret, PKCE (S256) required" };
        var noImplicit = new Option<bool>("--no-implicit") { Description = "Refuse the implicit grant (response_type=token)" };
        var refreshTokens = new Option<bool>("--refresh-tokens") { Description = "Issue one-hour access tokens with rotated refresh tokens" };

        var create = new Command("create", "Create an API client and print its id and secret (shown once).")
        {
            owner, name, redirectUris, isPublic, noImplicit, refreshTokens,
        };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AnibaseUser>>();
            var developer = await users.FindByNameAsync(parse.GetRequiredValue(owner));
            if (developer is null)
            {
                return await FailAsync($"No user is named '{parse.GetRequiredValue(owner)}'.");
            }

            if (!TryName(parse.GetRequiredValue(name), out var clientName, out var nameError))
            {
                return await FailAsync(nameError);
            }

            if (!RedirectUriList.TryParse(string.Join(',', parse.GetRequiredValue(redirectUris)), out var uris, out var error))
            {
                return await FailAsync(error!);
            }

            var registry = scope.ServiceProvider.GetRequiredService<ClientRegistry>();
            var features = new ClientFeatures(parse.GetValue(isPublic), !parse.GetValue(noImplicit), parse.GetValue(refreshTokens));
            var client = await registry.CreateAsync(developer.Id, clientName, uris, cancellationToken, features);
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                client_id = client.ClientId,
                client_secret = client.HasSecret ? client.ClientSecret : null,
            }));
            return 0;
        });
        return create;
    }

    private static Command ListCommand(IServiceProvider services)
    {
        var list = new Command("list", "List every client, one JSON object per line.");
        list.SetAction(async (_, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            foreach (var client in await scope.ServiceProvider.GetRequiredService<ClientRegistry>().ListAsync(null, cancellationToken))
            {
                Console.WriteLine(Describe(client));
            }

            return 0;
        });
        return list;
    }

    private static Command UpdateCommand(IServiceProvider services)
    {
        var id = ClientIdArgument();
        var name = new Option<string>("--name") { Description = "A new name" };
        var redirectUris = RedirectUriOption(required: false);
        var implicitGrant = new Option<bool?>("--implicit") { Description = "true or false: allow the implicit grant" };
        var refreshTokens = new Option<bool?>("--refresh-tokens") { Description = "true or false: issue refresh tokens" };

        var update = new Command("update", "Change a client; options left out are left as they are.")
        {
            id, name, redirectUris, implicitGrant, refreshTokens,
        };
        update.SetAction(async (parse, cancellationToken) =>
        {
            string? newName = null;
            if (parse.GetValue(name) is { } given && !TryName(given, out newName, out var nameError))
            {
                return await FailAsync(nameError);
            }

            IReadOnlyList<Uri>? uris = null;
            if (parse.GetValue(redirectUris) is { Length: > 0 } raw && !RedirectUriList.TryParse(string.Join(',', raw), out uris, out var error))
            {
                return await FailAsync(error!);
            }

            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var client = await scope.ServiceProvider.GetRequiredService<ClientRegistry>().UpdateAsync(null, parse.GetValue(id),
                new ClientChanges(newName, uris, parse.GetValue(implicitGrant), parse.GetValue(refreshTokens)), cancellationToken);
            if (client is null)
            {
                return await FailAsync($"No client has the id {parse.GetValue(id)}.");
            }

            Console.WriteLine(Describe(client));
            return 0;
        });
        return update;
    }

    private static Command RegenerateSecretCommand(IServiceProvider services)
    {
        var id = ClientIdArgument();
        var command = new Command("regenerate-secret", "Give a confidential client a new secret (printed once); the old one stops working.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var secret = await scope.ServiceProvider.GetRequiredService<ClientRegistry>()
                .RegenerateSecretAsync(null, parse.GetValue(id), cancellationToken);
            if (secret is null)
            {
                return await FailAsync($"No confidential client has the id {parse.GetValue(id)}.");
            }

            Console.WriteLine(JsonSerializer.Serialize(new { client_id = parse.GetValue(id), client_secret = secret }));
            return 0;
        });
        return command;
    }

    private static Command DeleteCommand(IServiceProvider services)
    {
        var id = ClientIdArgument();
        var command = new Command("delete", "Delete a client with every approval and token it holds.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<ClientRegistry>().DeleteAsync(null, parse.GetValue(id), cancellationToken))
            {
                return await FailAsync($"No client has the id {parse.GetValue(id)}.");
            }

            Console.WriteLine(JsonSerializer.Serialize(new { client_id = parse.GetValue(id), deleted = true }));
            return 0;
        });
        return command;
    }

    private static Argument<int> ClientIdArgument() => new("client-id") { Description = "The client's id" };

    private static Option<string[]> RedirectUriOption(bool required) => new("--redirect-uri")
    {
        Description = "A redirect URI; repeat the option or separate URIs with commas",
        Required = required,
        AllowMultipleArgumentsPerToken = false,
    };

    private static bool TryName(string name, out string trimmed, out string error)
    {
        trimmed = name.Trim();
        error = $"The name must be 1 to {ClientRegistry.MaxNameLength} characters.";
        return trimmed.Length is > 0 and <= ClientRegistry.MaxNameLength;
    }

    private static string Describe(ClientSummary client) => JsonSerializer.Serialize(new
    {
        client_id = client.ClientId,
        owner_id = client.OwnerId,
        name = client.Name,
        redirect_uris = client.RedirectUris,
        @public = client.Features.IsPublic,
        @implicit = client.Features.AllowImplicit,
        refresh_tokens = client.Features.AllowRefreshTokens,
        created_at = client.CreatedAt,
    });

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 1;
    }
}
