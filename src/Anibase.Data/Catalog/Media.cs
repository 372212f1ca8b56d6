using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anibase.Data.Catalog;

/// <summary>
/// An anime of the catalog. <see cref="Id"/> is its AniList id where one is known, so that apps
/// can use the ids they already have; other entries get ids from <see cref="LocalIdStart"/> up.
/// Enum-valued columns hold AniList's enum names (TV, FINISHED, WINTER…).
/// </summary>
public class Media
{
    /// <summary>Above every AniList id for years to come (they are near 200,000 in 2026).</summary>
    public const int LocalIdStart = 10_000_000;

    public int Id { get; set; }

    public int? IdMal { get; set; }

    public required string TitleNative { get; set; }

    public string? TitleRomaji { get; set; }

    public string? TitleEnglish { get; set; }

    public string Type { get; set; } = "ANIME";

    public string? Format { get; set; }

    public string? Status { get; set; }

    public int? StartYear { get; set; }

    public int? StartMonth { get; set; }

    public int? StartDay { get; set; }

    public int? EndYear { get; set; }

    public int? EndMonth { get; set; }

    public int? EndDay { get; set; }

    /// <summary>The start date as AniList's FuzzyDateInt (YYYYMMDD, unknown parts 0), for filters and sorting.</summary>
    public int? StartDateInt { get; set; }

    public string? Season { get; set; }

    public int? SeasonYear { get; set; }

    public int? Episodes { get; set; }

    public bool IsAdult { get; set; }

    public string CountryOfOrigin { get; set; } = "JP";

    public List<string> Synonyms { get; set; } = [];

    public List<string> Genres { get; set; } = [];

    public List<MediaLink> ExternalLinks { get; set; } = [];

    /// <summary>All titles and synonyms, lower-cased, for <c>search</c>.</summary>
    public string SearchText { get; set; } = "";
}

/// <summary>An official or streaming site of a <see cref="Media"/>.</summary>
public class MediaLink
{
    public int Id { get; set; }

    public required string Site { get; set; }

    public required string Url { get; set; }

    /// <summary>AniList's ExternalLinkType: INFO or STREAMING.</summary>
    public required string Type { get; set; }

    public string? Language { get; set; }
}

internal sealed class MediaConfiguration : IEntityTypeConfiguration<Media>
{
    public void Configure(EntityTypeBuilder<Media> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(16);
        builder.Property(m => m.Format).HasMaxLength(16);
        builder.Property(m => m.Status).HasMaxLength(24);
        builder.Property(m => m.Season).HasMaxLength(8);
        builder.Property(m => m.CountryOfOrigin).HasMaxLength(2);
        builder.OwnsMany(m => m.ExternalLinks, links => links.ToJson());
        builder.HasIndex(m => m.IdMal);
        builder.HasIndex(m => new { m.SeasonYear, m.Season });
        builder.HasIndex(m => m.StartDateInt);
    }
}
