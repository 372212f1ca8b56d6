using Anibase.Data.Accounts;
using Anibase.Data.Apps;
using Anibase.Data.Catalog;
using Anibase.Data.Developers;
using Anibase.Data.Lists;
using Anibase.Data.OAuth;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Data;

public class AnibaseDbContext(DbContextOptions<AnibaseDbContext> options)
    : IdentityDbContext<AnibaseUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();

    public DbSet<DeveloperClient> DeveloperClients => Set<DeveloperClient>();

    public DbSet<AppActivity> AppActivity => Set<AppActivity>();

    public DbSet<Media> Media => Set<Media>();

    public DbSet<MediaListEntry> MediaListEntries => Set<MediaListEntry>();

    public DbSet<Favourite> Favourites => Set<Favourite>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(AnibaseDbContext).Assembly);
    }
}
