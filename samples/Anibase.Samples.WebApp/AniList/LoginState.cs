using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Anibase.Samples.WebApp.AniList;

/// <summary>
/// The OAuth <c>state</c>: a random value sent out with the login link and kept in a cookie, so the
/// callback only redeems codes for logins this browser started here (RFC 6749 §10.12). Without it,
/// an attacker could send a victim to <c>/callback?code=…</c> with the attacker's own code.
/// </summary>
public static class LoginState
{
    public const string CookieName = "anilist_login_state";
    public const string CallbackPath = "/callback";

    // Long enough to create an AniList account on the way, short enough that a stale tab fails soon.
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>Creates a fresh state and remembers it in this browser.</summary>
    public static string Issue(HttpContext context)
    {
        var state = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var cookie = CookieOptions(context);
        cookie.MaxAge = Lifetime;
        context.Response.Cookies.Append(CookieName, state, cookie);
        return state;
    }

    /// <summary>
    /// Whether <paramref name="returned"/> is the state this browser was given. The cookie is
    /// deleted either way: a state is good for one callback.
    /// </summary>
    public static bool Consume(HttpContext context, string? returned)
    {
        var expected = context.Request.Cookies[CookieName];
        context.Response.Cookies.Delete(CookieName, CookieOptions(context));
        return !string.IsNullOrEmpty(expected)
            && !string.IsNullOrEmpty(returned)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(returned));
    }

    // Sent only to the callback; Lax so that it survives the top-level redirect back from AniList.
    private static CookieOptions CookieOptions(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = context.Request.PathBase + CallbackPath,
        IsEssential = true,
    };
}
