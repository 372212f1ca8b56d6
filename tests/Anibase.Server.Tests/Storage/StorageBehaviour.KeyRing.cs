using Anibase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Storage;

public abstract partial class StorageBehaviour
{
    [Fact]
    public async Task DataProtectionKeys_Stored_AreEncryptedByAKeyOutsideTheDatabase()
    {
        // Serving a form creates the key ring (antiforgery needs it).
        await App.CreateClient().GetAsync("/login");

        var keys = await App.Data.WithScopeAsync(async services =>
            await services.GetRequiredService<AnibaseDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedKey", key.Xml, StringComparison.Ordinal);
        });
    }
}
