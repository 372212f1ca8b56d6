using System.Globalization;
using System.Security.Claims;
using Anibase.Data;
using Anibase.Server.OAuth;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Apps;

public sealed record ApprovedApp(int ClientId, string Name, DateTimeOffset ApprovedAt, DateTimeOffset? LastUsedAt);

/// <summary>
/// The apps a user has approved. An approval is an OpenIddict permanent authorization for the
/// user and the client: while it is valid the user is not asked again. Each code still gets its
/// own ad-hoc authorization (so a replayed code revokes only what came from that code); revoking
/// the app revokes all of them, and every token, at once.
/// </summary>
public sealed class ApprovedApps(
    AnibaseDbContext db,
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    TokenStatusCache tokenStatuses)
{
    /// <summary>The user's valid approval of the application (OpenIddict's id), if any.</summary>
    public async Task<object?> FindApprovalAsync(int userId, string applicationId, CancellationToken cancellationToken)
    {
        await foreach (var authorization in authorizations.FindAsync(
            SubjectOf(userId), applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes: null, cancellationToken))
        {
            return authorization;
        }

        return null;
    }

    /// <summary>Records the user's approval of the application, unless one is already on record.</summary>
    public async Task RememberApprovalAsync(ClaimsPrincipal principal, int userId, string applicationId, CancellationToken cancellationToken)
    {
        if (await FindApprovalAsync(userId, applicationId, cancellationToken) is null)
        {
            await authorizations.CreateAsync(principal, SubjectOf(userId), applicationId, AuthorizationTypes.Permanent, [], cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ApprovedApp>> ListAsync(int userId, CancellationToken cancellationToken)
    {
        var approvedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var authorization in authorizations.FindAsync(
            SubjectOf(userId), client: null, Statuses.Valid, AuthorizationTypes.Permanent, scopes: null, cancellationToken))
        {
            if (await authorizations.GetApplicationIdAsync(authorization, cancellationToken) is { } applicationId
                && await authorizations.GetCreationDateAsync(authorization, cancellationToken) is { } created
                && (!approvedAt.TryGetValue(applicationId, out var known) || created < known))
            {
                approvedAt[applicationId] = created;
            }
        }

        var lastUsed = await db.AppActivity.AsNoTracking()
            .Where(a => a.UserId == userId)
            .ToDictionaryAsync(a => a.ClientId, a => a.LastUsedAt, cancellationToken);

        var apps = new List<ApprovedApp>(approvedAt.Count);
        foreach (var (applicationId, created) in approvedAt)
        {
            if (await applications.FindByIdAsync(applicationId, cancellationToken) is not { } application
                || !int.TryParse(await applications.GetClientIdAsync(application, cancellationToken), CultureInfo.InvariantCulture, out var clientId))
            {
                continue;
            }

            var name = await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId.ToString(CultureInfo.InvariantCulture);
            apps.Add(new ApprovedApp(clientId, name, created, lastUsed.TryGetValue(clientId, out var used) ? used : null));
        }

        return [.. apps.OrderByDescending(a => a.LastUsedAt ?? a.ApprovedAt)];
    }

    /// <summary>
    /// Revokes the user's approval of the client and every authorization and token it holds for
    /// them. False when the user had nothing from that client.
    /// </summary>
    public async Task<bool> RevokeAsync(int userId, int clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId.ToString(CultureInfo.InvariantCulture), cancellationToken) is not { } application
            || await applications.GetIdAsync(application, cancellationToken) is not { } applicationId)
        {
            return false;
        }

        var subject = SubjectOf(userId);
        var revoked = await authorizations.RevokeAsync(subject, applicationId, status: null, type: null, cancellationToken)
            + await tokens.RevokeAsync(subject, applicationId, status: null, type: null, cancellationToken);
        tokenStatuses.ForgetAll();
        return revoked > 0;
    }

    private static string SubjectOf(int userId) => userId.ToString(CultureInfo.InvariantCulture);
}
