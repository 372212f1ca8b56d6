using Anibase.Data.Accounts;
using Anibase.Data.Developers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anibase.Data.Apps;

/// <summary>
/// When a user's tokens of one client last called the API, for the user's list of approved apps.
/// Written at most once a minute per pair, so it costs the API almost nothing.
/// </summary>
public class AppActivity
{
    public int UserId { get; set; }

    public AnibaseUser? User { get; set; }

    public int ClientId { get; set; }

    public DeveloperClient? Client { get; set; }

    public DateTimeOffset LastUsedAt { get; set; }
}

internal sealed class AppActivityConfiguration : IEntityTypeConfiguration<AppActivity>
{
    public void Configure(EntityTypeBuilder<AppActivity> builder)
    {
        builder.ToTable("AppActivity");
        builder.HasKey(a => new { a.UserId, a.ClientId });
        builder.HasIndex(a => a.ClientId);
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Client).WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
