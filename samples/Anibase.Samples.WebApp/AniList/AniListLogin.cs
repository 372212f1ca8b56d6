using Anibase.Client.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Anibase.Samples.WebApp.AniList;

/// <summary>
/// "Login with AniList" with the client library's <c>AddAniList</c>: ASP.NET Core's OAuth handler
/// sends the user to the server with a state it checks on return, exchanges the code, reads the
/// Viewer into claims and signs the user into this app with a cookie. The token is not kept.
/// </summary>
public static class AniListLogin
{
    /// <summary>Where the server sends the browser back; register <c>{app}/callback</c> for the client.</summary>
    public const string CallbackPath = "/callback";

    public static void AddAniListLogin(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = AniListAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            })
            .AddAniList(o =>
            {
                o.CallbackPath = CallbackPath;
                o.AccessDeniedPath = "/denied";
                // The sample runs on plain http on a developer's machine; the framework's default
                // correlation cookie (Secure, SameSite=None) would be dropped there. Lax still
                // comes back on the top-level redirect from the server.
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.Events.OnRemoteFailure = ShowFailure;
            });

        // Read from the AniList section when first used, so settings that tests add late are seen.
        services.AddOptions<Anibase.Client.AspNetCore.AniListAuthenticationOptions>(AniListAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AniListOptions>>((o, sample) =>
            {
                o.ClientId = sample.Value.ClientId;
                o.ClientSecret = sample.Value.ClientSecret;
                if (sample.Value.Problems().Count == 0)
                {
                    o.Endpoints = sample.Value.Endpoints;
                }
            });
    }

    public static void MapAniListLogin(this WebApplication app)
    {
        app.MapGet("/login", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/" }));
    }

    /// <summary>
    /// A state that does not match (a stale or forged callback), a refused code or a failed Viewer
    /// query: the user gets a page that says so, the log gets the reason.
    /// </summary>
    private static Task ShowFailure(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AniListLogin));
        AniListLog.LoginFailed(logger, context.Failure!);
        context.Response.Redirect("/login-failed");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
