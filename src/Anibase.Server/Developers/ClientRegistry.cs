using System.Globalization;
using Anibase.Data;
using Anibase.Data.Developers;
using Anibase.Server.OAuth;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Anibase.Server.Developers;

/// <summary>A newly created client: the secret is shown this once and then only its hash is kept (none for a public client).</summary>
public sealed record CreatedClient(int ClientId, string Name, string ClientSecret, IReadOnlyList<Uri> RedirectUris, ClientFeatures Features)
{
    public bool HasSecret => ClientSecret.Length > 0;
}

public sealed record ClientSummary(
    int ClientId, int OwnerId, string Name, IReadOnlyList<string> RedirectUris, ClientFeatures Features, DateTimeOffset CreatedAt);

/// <summary>A change to a client; a null member is left as it is.</summary>
public sealed record ClientChanges(
    string? Name = null, IReadOnlyList<Uri>? RedirectUris = null, bool? AllowImplicit = null, bool? AllowRefreshTokens = null);

/// <summary>
/// Creates, lists, changes and deletes developers' clients. Every method that takes an owner id
/// acts only on that developer's clients; the admin commands pass null to reach any client.
/// </summary>
public sealed class ClientRegistry(
    AnibaseDbContext db, IOpenIddictApplicationManager applications, TokenStatusCache tokenStatuses, TimeProvider time)
{
    public const int MaxNameLength = 100;

    public async Task<CreatedClient> CreateAsync(
        int ownerId, string name, IReadOnlyList<Uri> redirectUris, CancellationToken cancellationToken, ClientFeatures? features = null)
    {
        name = CheckName(name);
        features ??= ClientFeatures.Default;

        // The client row gives the next sequential id, which becomes the OpenIddict client_id;
        // both rows commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var client = new DeveloperClient { OwnerId = ownerId, Name = name, CreatedAt = time.GetUtcNow() };
        db.DeveloperClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);

        var secret = features.IsPublic ? "" : ClientSecretGenerator.Generate();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientIdOf(client.Id),
            ClientSecret = features.IsPublic ? null : secret,
            ConsentType = OpenIddictConstants.ConsentTypes.Explicit,
            DisplayName = client.Name,
        };
        features.ApplyTo(descriptor);
        SetRedirectUris(descriptor, redirectUris);

        await applications.CreateAsync(descriptor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CreatedClient(client.Id, client.Name, secret, redirectUris, features);
    }

    public async Task<IReadOnlyList<ClientSummary>> ListAsync(int? ownerId, CancellationToken cancellationToken)
    {
        var clients = await db.DeveloperClients.AsNoTracking()
            .Where(c => ownerId == null || c.OwnerId == ownerId)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);

        var summaries = new List<ClientSummary>(clients.Count);
        foreach (var client in clients)
        {
            if (await DescribeAsync(client, cancellationToken) is { } summary)
            {
                summaries.Add(summary);
            }
        }

        return summaries;
    }

    public async Task<ClientSummary?> FindAsync(int? ownerId, int clientId, CancellationToken cancellationToken) =>
        await FindRowAsync(ownerId, clientId, cancellationToken) is { } client ? await DescribeAsync(client, cancellationToken) : null;

    /// <summary>Applies <paramref name="changes"/>; null when the client does not exist or is not the owner's.</summary>
    public async Task<ClientSummary?> UpdateAsync(int? ownerId, int clientId, ClientChanges changes, CancellationToken cancellationToken)
    {
        if (await FindRowAsync(ownerId, clientId, cancellationToken) is not { } client
            || await applications.FindByClientIdAsync(ClientIdOf(clientId), cancellationToken) is not { } application)
        {
            return null;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        if (changes.Name is not null)
        {
            client.Name = CheckName(changes.Name);
            descriptor.DisplayName = client.Name;
        }

        if (changes.RedirectUris is { } uris)
        {
            ArgumentOutOfRangeException.ThrowIfZero(uris.Count, nameof(changes));
            SetRedirectUris(descriptor, uris);
        }

        var features = ClientFeatures.Of(descriptor);
        (features with
        {
            AllowImplicit = changes.AllowImplicit ?? features.AllowImplicit,
            AllowRefreshTokens = changes.AllowRefreshTokens ?? features.AllowRefreshTokens,
        }).ApplyTo(descriptor);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await DescribeAsync(client, cancellationToken);
    }

    /// <summary>
    /// A new secret for a confidential client, shown once; the old one stops working with this
    /// call. Tokens already issued stay valid: they were not issued to whoever has the old secret.
    /// Null when the client does not exist, is not the owner's, or is public.
    /// </summary>
    public async Task<string?> RegenerateSecretAsync(int? ownerId, int clientId, CancellationToken cancellationToken)
    {
        if (await FindRowAsync(ownerId, clientId, cancellationToken) is null
            || await applications.FindByClientIdAsync(ClientIdOf(clientId), cancellationToken) is not { } application
            || !await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Confidential, cancellationToken))
        {
            return null;
        }

        var secret = ClientSecretGenerator.Generate();
        await applications.UpdateAsync(application, secret, cancellationToken);
        return secret;
    }

    /// <summary>
    /// Deletes the client with every approval and token it holds: its tokens are refused from this
    /// moment (within <see cref="TokenStatusCache"/>'s lifetime on other server processes).
    /// </summary>
    public async Task<bool> DeleteAsync(int? ownerId, int clientId, CancellationToken cancellationToken)
    {
        if (await FindRowAsync(ownerId, clientId, cancellationToken) is not { } client)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await applications.FindByClientIdAsync(ClientIdOf(clientId), cancellationToken) is { } application)
        {
            // OpenIddict deletes the application's authorizations and tokens with it.
            await applications.DeleteAsync(application, cancellationToken);
        }

        db.DeveloperClients.Remove(client);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        tokenStatuses.ForgetAll();
        return true;
    }

    /// <summary>
    /// A loopback redirect URI registered without a port (<c>http://127.0.0.1/callback</c>) matches
    /// any port, as RFC 8252 §7.3 asks for desktop and command-line apps, which listen on whatever
    /// port is free; OpenIddict applies that rule to "native" applications only. Every other URI,
    /// loopback ones registered with a port included, must match exactly.
    /// </summary>
    private static void SetRedirectUris(OpenIddictApplicationDescriptor descriptor, IReadOnlyList<Uri> uris)
    {
        descriptor.RedirectUris.Clear();
        descriptor.RedirectUris.UnionWith(uris);
        descriptor.ApplicationType = uris.Any(u => u.IsLoopback && u.Scheme is "http" or "https")
            ? OpenIddictConstants.ApplicationTypes.Native
            : OpenIddictConstants.ApplicationTypes.Web;
    }

    private static string ClientIdOf(int clientId) => clientId.ToString(CultureInfo.InvariantCulture);

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
        return name;
    }

    private Task<DeveloperClient?> FindRowAsync(int? ownerId, int clientId, CancellationToken cancellationToken) =>
        db.DeveloperClients.SingleOrDefaultAsync(c => c.Id == clientId && (ownerId == null || c.OwnerId == ownerId), cancellationToken);

    private async Task<ClientSummary?> DescribeAsync(DeveloperClient client, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(ClientIdOf(client.Id), cancellationToken) is not { } application)
        {
            return null;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        return new ClientSummary(
            client.Id, client.OwnerId, client.Name, [.. descriptor.RedirectUris.Select(u => u.OriginalString)],
            ClientFeatures.Of(descriptor), client.CreatedAt);
    }
}
