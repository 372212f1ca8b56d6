using Anibase.Data;
using Anibase.Data.Developers;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Developers;

/// <summary>A newly created client: the secret is shown this once and then only its hash is kept.</summary>
public sealed record CreatedClient(int ClientId, string Name, string ClientSecret, IReadOnlyList<Uri> RedirectUris);

public sealed record ClientSummary(int ClientId, string Name, IReadOnlyList<string> RedirectUris, DateTimeOffset CreatedAt);

/// <summary>Creates and lists developers' clients.</summary>
public sealed class ClientRegistry(AnibaseDbContext db, IOpenIddictApplicationManager applications, TimeProvider time)
{
    public const int MaxNameLength = 100;

    public async Task<CreatedClient> CreateAsync(int ownerId, string name, IReadOnlyList<Uri> redirectUris, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));

        // The client row gives the next sequential id, which becomes the OpenIddict client_id;
        // both rows commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var client = new DeveloperClient { OwnerId = ownerId, Name = name.Trim(), CreatedAt = time.GetUtcNow() };
        db.DeveloperClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);

        var secret = ClientSecretGenerator.Generate();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = client.Name,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.GrantTypes.Implicit,
                Permissions.ResponseTypes.Token,
            },
        };
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedClient(client.Id, client.Name, secret, redirectUris);
    }

    public async Task<IReadOnlyList<ClientSummary>> ListAsync(int ownerId, CancellationToken cancellationToken)
    {
        var clients = await db.DeveloperClients.AsNoTracking()
            .Where(c => c.OwnerId == ownerId)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);

        var summaries = new List<ClientSummary>(clients.Count);
        foreach (var client in clients)
        {
            var application = await applications.FindByClientIdAsync(
                client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            var redirectUris = application is null ? [] : await applications.GetRedirectUrisAsync(application, cancellationToken);
            summaries.Add(new ClientSummary(client.Id, client.Name, [.. redirectUris], client.CreatedAt));
        }

        return summaries;
    }
}
