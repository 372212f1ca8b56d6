using Anibase.Server.Apps;
using Anibase.Server.Accounts;
using Anibase.Server.Catalog;
using Anibase.Server.Developers;
using Anibase.Server.GraphQL;
using Anibase.Server.OAuth;
using Microsoft.Extensions.Options;

namespace Anibase.Server.Hosting;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    public static void AddAnibase(this WebApplicationBuilder builder)
    {
        // `dotnet run` with no --urls or ASPNETCORE_URLS serves on the documented port.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var options = builder.Configuration.GetSection(AnibaseOptions.Section).Get<AnibaseOptions>() ?? new AnibaseOptions();
        builder.Services.Configure<AnibaseOptions>(builder.Configuration.GetSection(AnibaseOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPostConfigureOptions<LoggerFilterOptions>, SensitiveLogFloor>();

        builder.AddAnibaseDatabase(options);
        builder.AddAnibaseAccounts(options);
        builder.AddAnibaseOAuth(options);
        builder.AddAnibaseGraphQL();
        builder.AddAnibaseCatalog();
        builder.AddAnibaseDevelopers();

        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<ApprovedApps>();
        builder.Services.AddSingleton<AppActivityRecorder>();
        builder.Services.AddRazorPages();
        builder.Services.AddApiCors();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    public static void MapAnibase(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        // An error answered with no body (a 404, a refused antiforgery token) gets a page; the
        // API's and OAuth endpoints' errors carry their own JSON bodies and pass untouched.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseApiCors();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/healthz");
        app.MapRazorPages();
        // POST / is the GraphQL API (graphql.anilist.co); a browser's GET / gets the home page.
        app.MapGet("/", () => Results.Redirect("/home"));
        app.MapAniListGraphQL();
    }
}
