using Anibase.Data;
using Anibase.Data.Accounts;
using Anibase.Server.Hosting;
using Anibase.Server.Hosting.KeyRing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;

namespace Anibase.Server.Accounts;

internal static class AccountsRegistration
{
    public const string LoginPath = "/login";
    public const string SignupPath = "/signup";
    public const string LogoutPath = "/logout";

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations for passwords: OWASP's current recommendation (Identity's
    /// default is 100,000). Older hashes record their own count, still verify, and are rehashed
    /// at this cost on the next successful login.
    /// </summary>
    public const int PasswordHashIterations = 210_000;

    public static void AddAnibaseAccounts(this WebApplicationBuilder builder, AnibaseOptions options)
    {
        var services = builder.Services;

        // Cookies, antiforgery tokens and the server's token keys must survive a restart and be
        // readable by every node: the key ring is in the database, encrypted by a key kept outside it.
        services.AddSingleton(KeyRingKey.Load(options));
        services.AddDataProtection()
            .SetApplicationName("Anibase")
            .PersistKeysToDbContext<AnibaseDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyRingKey>((keyManagement, key) => keyManagement.XmlEncryptor = new KeyRingXmlEncryptor(key));

        services.AddIdentity<AnibaseUser, IdentityRole<int>>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // AniList names: letters and digits only.
                identity.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
                identity.Password.RequiredLength = 8;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<AnibaseDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<PasswordHasherOptions>(hasher => hasher.IterationCount = PasswordHashIterations);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = LoginPath;
            cookie.Cookie.Name = "anibase_session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "anibase_antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Lax;
        });
    }
}
