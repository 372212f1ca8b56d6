using Anibase.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Anibase.Server.Accounts;

public sealed record SignUpResult(AnibaseUser? User, IReadOnlyList<string> Errors);

/// <summary>Creates accounts, for the sign-up page and the admin command alike.</summary>
public sealed class AccountService(UserManager<AnibaseUser> users, TimeProvider time)
{
    public async Task<SignUpResult> SignUpAsync(string userName, string email, string password)
    {
        var user = new AnibaseUser { UserName = userName.Trim(), Email = email.Trim(), CreatedAt = time.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? new SignUpResult(user, [])
            : new SignUpResult(null, [.. result.Errors.Select(e => e.Description)]);
    }
}
