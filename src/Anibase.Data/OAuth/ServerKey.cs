using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anibase.Data.OAuth;

/// <summary>
/// A key the authorization server signs or encrypts with. Kept in the database so that
/// every node, and every restart, issues and accepts the same tokens. The material is
/// protected with ASP.NET Core Data Protection before it is stored.
/// </summary>
public class ServerKey
{
    public int Id { get; set; }

    public required string Purpose { get; set; }

    public required string KeyId { get; set; }

    public required string ProtectedMaterial { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> builder)
    {
        builder.Property(k => k.Purpose).HasMaxLength(32);
        builder.Property(k => k.KeyId).HasMaxLength(64);
        builder.HasIndex(k => k.KeyId).IsUnique();
        // One key per purpose is created at first start; the unique index makes two nodes
        // starting at once agree on a single key (the loser reads the winner's).
        builder.HasIndex(k => k.Purpose).IsUnique();
    }
}
