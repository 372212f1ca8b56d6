using Anibase.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anibase.Data.Developers;

/// <summary>
/// A developer's API client. Its <see cref="Id"/> is the sequential integer client id that
/// AniList hands out (161, 537, …); the protocol side (secret hash, redirect URIs,
/// permissions) lives in the OpenIddict application whose <c>ClientId</c> is that number.
/// </summary>
public class DeveloperClient
{
    public int Id { get; set; }

    public int OwnerId { get; set; }

    public AnibaseUser? Owner { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DeveloperClientConfiguration : IEntityTypeConfiguration<DeveloperClient>
{
    public void Configure(EntityTypeBuilder<DeveloperClient> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.OwnerId);
    }
}
