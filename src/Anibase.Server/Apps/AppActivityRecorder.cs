using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Anibase.Data;
using Anibase.Data.Apps;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Apps;

/// <summary>
/// Notes when a user's token of a client calls the API, for "last used" on the approved-apps page.
/// At most one write per user and client per <see cref="Resolution"/> in each process: the API's
/// hot path pays a dictionary lookup, not a database write.
/// </summary>
public sealed class AppActivityRecorder(TimeProvider time)
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    private const int MaxTracked = 100_000;

    private readonly ConcurrentDictionary<(int UserId, int ClientId), DateTimeOffset> lastWritten = new();

    public async Task RecordAsync(AnibaseDbContext db, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!int.TryParse(caller.FindFirst(Claims.Subject)?.Value, CultureInfo.InvariantCulture, out var userId)
            || !int.TryParse(caller.FindFirst(Claims.ClientId)?.Value, CultureInfo.InvariantCulture, out var clientId))
        {
            return;
        }

        var now = time.GetUtcNow();
        var key = (userId, clientId);
        if (lastWritten.TryGetValue(key, out var written) && now - written < Resolution)
        {
            return;
        }

        if (lastWritten.Count >= MaxTracked)
        {
            lastWritten.Clear();
        }

        lastWritten[key] = now;
        var updated = await db.AppActivity
            .Where(a => a.UserId == userId && a.ClientId == clientId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.LastUsedAt, now), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        var activity = db.AppActivity.Add(new AppActivity { UserId = userId, ClientId = clientId, LastUsedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process (or request) wrote the row first: its time is as good as ours.
        }
        finally
        {
            // The request's context goes on to run the query: leave nothing of ours tracked in it.
            activity.State = EntityState.Detached;
        }
    }
}
