using Anibase.Data.Accounts;
using Anibase.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anibase.Data.Lists;

/// <summary>A user's favourite anime, in the user's order.</summary>
public class Favourite
{
    public int UserId { get; set; }

    public AnibaseUser? User { get; set; }

    public int MediaId { get; set; }

    public Media? Media { get; set; }

    public int Order { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class FavouriteConfiguration : IEntityTypeConfiguration<Favourite>
{
    public void Configure(EntityTypeBuilder<Favourite> builder)
    {
        builder.HasKey(f => new { f.UserId, f.MediaId });
        builder.HasIndex(f => f.MediaId);
        builder.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Media).WithMany().HasForeignKey(f => f.MediaId).OnDelete(DeleteBehavior.Cascade);
    }
}
