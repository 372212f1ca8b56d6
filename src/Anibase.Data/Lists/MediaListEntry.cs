using Anibase.Data.Accounts;
using Anibase.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anibase.Data.Lists;

/// <summary>One user's entry for one media: AniList's <c>MediaList</c>.</summary>
public class MediaListEntry
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public AnibaseUser? User { get; set; }

    public int MediaId { get; set; }

    public Media? Media { get; set; }

    /// <summary>AniList's MediaListStatus name: CURRENT, PLANNING, COMPLETED, DROPPED, PAUSED, REPEATING.</summary>
    public string Status { get; set; } = "CURRENT";

    /// <summary>The score on AniList's raw 0–100 scale (<c>scoreRaw</c>); shown in the user's score format.</summary>
    public int ScoreRaw { get; set; }

    public int Progress { get; set; }

    public int? ProgressVolumes { get; set; }

    public int Repeat { get; set; }

    public int Priority { get; set; }

    public bool Private { get; set; }

    public string? Notes { get; set; }

    public bool HiddenFromStatusLists { get; set; }

    /// <summary>The names of the user's custom lists this entry is on.</summary>
    public List<string> CustomLists { get; set; } = [];

    /// <summary>Scores per advanced-scoring category, in the order of the user's categories.</summary>
    public List<double> AdvancedScores { get; set; } = [];

    public int? StartedYear { get; set; }

    public int? StartedMonth { get; set; }

    public int? StartedDay { get; set; }

    public int? CompletedYear { get; set; }

    public int? CompletedMonth { get; set; }

    public int? CompletedDay { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class MediaListEntryConfiguration : IEntityTypeConfiguration<MediaListEntry>
{
    /// <summary>
    /// SQLite can neither compare nor order <see cref="DateTimeOffset"/> columns; as Unix milliseconds
    /// both providers can, which the UPDATED_TIME and ADDED_TIME sorts and recency filters need.
    /// </summary>
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public void Configure(EntityTypeBuilder<MediaListEntry> builder)
    {
        builder.Property(e => e.CreatedAt).HasConversion(UnixMilliseconds);
        builder.Property(e => e.UpdatedAt).HasConversion(UnixMilliseconds);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.Notes).HasMaxLength(10_000);
        builder.HasIndex(e => new { e.UserId, e.MediaId }).IsUnique();
        builder.HasIndex(e => e.MediaId);
        builder.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Media).WithMany().HasForeignKey(e => e.MediaId).OnDelete(DeleteBehavior.Cascade);
    }
}
