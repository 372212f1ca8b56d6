using Microsoft.AspNetCore.Identity;

namespace Anibase.Data.Accounts;

/// <summary>An account. Its integer id is the <c>sub</c> of every token issued for it and the <c>User.id</c> of the API.</summary>
public class AnibaseUser : IdentityUser<int>
{
    public DateTimeOffset CreatedAt { get; set; }
}
