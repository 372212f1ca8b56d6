using Anibase.Samples.WebApp.AniList;
using Microsoft.Extensions.Options;

namespace Anibase.Samples.WebApp.Hosting;

public static class SampleHostingExtensions
{
    public const string DefaultUrl = "http://localhost:5090";

    public static void AddSample(this WebApplicationBuilder builder)
    {
        // `dotnet run` with no --urls or ASPNETCORE_URLS serves where the default redirect URI points.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The request log line holds the callback's query string, that is the authorization code.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        // Bound when first used, so settings that tests add late (UseSetting) are seen.
        builder.Services.AddOptions<AniListOptions>().BindConfiguration(AniListOptions.Section);
        builder.Services.AddAniListLogin();
        builder.Services.AddRazorPages();
    }

    public static void MapSample(this WebApplication app)
    {
        WarnIfNotConfigured(app);

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAniListLogin();
        app.MapRazorPages();
    }

    // Not fatal: the home page says the same, and tests may host the app without settings.
    private static void WarnIfNotConfigured(WebApplication app)
    {
        var problems = app.Services.GetRequiredService<IOptions<AniListOptions>>().Value.Problems();
        if (problems.Count > 0)
        {
            AniListLog.NotConfigured(app.Logger, string.Join(" ", problems));
        }
    }
}
