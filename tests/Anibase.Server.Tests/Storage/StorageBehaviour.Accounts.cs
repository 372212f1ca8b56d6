using Anibase.Data;
using Anibase.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Storage;

public abstract partial class StorageBehaviour
{
    [Fact]
    public async Task User_SignedUp_ReadsBackWithNameEmailAndPassword()
    {
        var created = await App.Data.CreateUserAsync();

        var (stored, rightPassword, wrongPassword) = await App.Data.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AnibaseUser>>();
            var user = await users.FindByIdAsync(created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotNull(user);
            return (user, await users.CheckPasswordAsync(user, created.Password), await users.CheckPasswordAsync(user, created.Password + "x"));
        });

        Assert.Equal(created.Id, stored.Id);
        Assert.Equal(created.Name, stored.UserName);
        Assert.Equal($"{created.Name}@example.com", stored.Email);
        Assert.True(rightPassword);
        Assert.False(wrongPassword);
    }

    [Fact]
    public async Task User_SignedUp_PasswordIsInNoColumn()
    {
        var created = await App.Data.CreateUserAsync(password: "unguessable-Passw0rd-42");

        var columns = await App.Data.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AnibaseDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == created.Id);
            Assert.False(string.IsNullOrEmpty(user.PasswordHash));
            return ColumnsOf(db, user);
        });

        Assert.Contains(created.Name, columns);
        Assert.DoesNotContain(columns, value => value.Contains(created.Password, StringComparison.Ordinal));
    }
}
