using System.Security.Claims;
using Anibase.Client.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Client.Tests.AspNetCore;

/// <summary>
/// A third-party web app that logs its users in with <c>AddAniList</c>, on a real socket:
/// <c>/login</c> challenges, <c>/me</c> shows the signed-in user's claims, <c>/denied</c> is where a
/// denial lands. Its port is chosen first so that the redirect URL can be registered before it runs.
/// </summary>
public sealed class LoginApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoginApp(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static Uri AddressFor(int port) => new($"http://127.0.0.1:{port}/");

    public static async Task<LoginApp> StartAsync(Uri address, Action<AniListAuthenticationOptions> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = AniListAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddAniList(o =>
            {
                o.AccessDeniedPath = "/denied";
                // Plain http on 127.0.0.1: the correlation cookie must not require https.
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                configure(o);
            });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/login", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/me" }));
        app.MapGet("/me", (ClaimsPrincipal user) => user.Claims.ToDictionary(c => c.Type, c => c.Value)).RequireAuthorization();
        app.MapGet("/denied", () => "denied");
        await app.StartAsync();
        return new LoginApp(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
