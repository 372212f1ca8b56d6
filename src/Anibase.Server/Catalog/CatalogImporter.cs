using System.Diagnostics;
using System.Text.Json;
using Anibase.Data;
using Anibase.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.Catalog;

/// <summary>
/// Upserts a bangumi-data file into the catalog in one transaction: an entry whose id is in the
/// catalog is updated where it differs, any other is added. Nothing is deleted, since list entries
/// and favourites point at catalog rows.
/// </summary>
internal sealed class CatalogImporter(AnibaseDbContext db, TimeProvider time, ILogger<CatalogImporter> logger)
{
    /// <exception cref="InvalidDataException">An item cannot be mapped; nothing has been written.</exception>
    public async Task<CatalogImportResult> ImportAsync(BangumiDataFile file, string source, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var local = await db.Media.Where(media => media.Id >= Media.LocalIdStart).OrderBy(media => media.Id)
            .Select(media => new LocalEntry(media.Id, media.TitleNative)).ToListAsync(cancellationToken);
        var catalog = Map(file, local);
        var ids = catalog.Select(media => media.Id).ToList();
        // One JSON array parameter: EF's default of a parameter per id is slow with thousands on SQLite.
        var existing = await db.Media.AsNoTracking().Where(media => EF.Parameter(ids).Contains(media.Id))
            .ToDictionaryAsync(media => media.Id, cancellationToken);
        var added = catalog.Where(media => !existing.ContainsKey(media.Id)).ToList();
        var changed = catalog
            .Where(media => existing.TryGetValue(media.Id, out var current) && JsonSerializer.Serialize(current) != JsonSerializer.Serialize(media))
            .ToDictionary(media => media.Id);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MediaBulkInsert.InsertAsync(db, added, cancellationToken);
        if (changed.Count > 0)
        {
            var changedIds = changed.Keys.ToList();
            foreach (var current in await db.Media.Where(media => EF.Parameter(changedIds).Contains(media.Id)).ToListAsync(cancellationToken))
            {
                db.Entry(current).CurrentValues.SetValues(changed[current.Id]);
                current.ExternalLinks = changed[current.Id].ExternalLinks;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var total = await db.Media.CountAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var result = new CatalogImportResult(added.Count, changed.Count, total);
        CatalogLog.Imported(logger, source, result.Imported, result.Updated, result.Total, stopwatch.ElapsedMilliseconds);
        return result;
    }

    /// <summary>Every item mapped before anything is written, so a bad item fails the import before it starts.</summary>
    private List<Media> Map(BangumiDataFile file, List<LocalEntry> local)
    {
        var mapper = new BangumiDataMapper(file.SiteMeta!, time.GetUtcNow());
        // An entry without an AniList id keeps the local id it got before, found by its title, so that
        // lists pointing at it survive a newer file in which items moved. New ones get the next ids.
        var previousIds = local.GroupBy(entry => entry.Title, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => new Queue<int>(group.Select(entry => entry.Id)), StringComparer.Ordinal);
        var nextLocalId = local.Count > 0 ? local[^1].Id + 1 : Media.LocalIdStart;
        // Two items can claim one AniList id (a show and its later part): the first keeps it.
        var claimed = new HashSet<int>();

        var catalog = new List<Media>(file.Items!.Count);
        foreach (var item in file.Items)
        {
            var id = BangumiDataMapper.AniListId(item) is { } aniListId && aniListId < Media.LocalIdStart && claimed.Add(aniListId)
                ? aniListId
                : previousIds.GetValueOrDefault(item.Title!.Trim()) is { Count: > 0 } previous ? previous.Dequeue() : nextLocalId++;
            catalog.Add(mapper.Map(item, id));
        }

        return catalog;
    }

    private sealed record LocalEntry(int Id, string Title);
}
