using System.Buffers.Binary;
using System.Net;
using Anibase.Data.Accounts;
using Anibase.Server.Accounts;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anibase.Server.Tests.Accounts;

public sealed class PasswordHashingTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task NewPassword_IsHashedAtOwaspsCost()
    {
        var user = await app.Data.CreateUserAsync();

        var (prf, iterations) = CostOf(await StoredHashAsync(user));

        Assert.Equal(2u, prf); // HMAC-SHA512
        Assert.True(iterations >= 210_000, $"{iterations} iterations");
        Assert.Equal(AccountsRegistration.PasswordHashIterations, iterations);
    }

    [Fact]
    public async Task PasswordHashedAtTheOldCost_StillLogsIn_AndIsRehashed()
    {
        var user = await app.Data.CreateUserAsync();
        var oldHash = new PasswordHasher<AnibaseUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new AnibaseUser(), user.Password);
        await app.Data.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AnibaseUser>>();
            var entity = (await users.FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            entity.PasswordHash = oldHash;
            return await users.UpdateAsync(entity);
        });

        var login = await new OAuthBrowser(app.CreateBrowser()).LogInAsync(user);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var rehashed = await StoredHashAsync(user);
        Assert.NotEqual(oldHash, rehashed);
        Assert.Equal(AccountsRegistration.PasswordHashIterations, CostOf(rehashed).Iterations);
    }

    private Task<string> StoredHashAsync(TestUser user) => app.Data.WithScopeAsync(async services =>
        (await services.GetRequiredService<UserManager<AnibaseUser>>()
            .FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.PasswordHash!);

    /// <summary>Identity's v3 format: 0x01, PRF, iteration count (big-endian), salt length, salt, subkey.</summary>
    private static (uint Prf, int Iterations) CostOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }
}
