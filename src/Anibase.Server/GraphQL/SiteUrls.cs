using GraphQL;

namespace Anibase.Server.GraphQL;

/// <summary><c>siteUrl</c> values: pages on this server's own host, as AniList's point at anilist.co.</summary>
internal static class SiteUrls
{
    public static string For(IResolveFieldContext context, string path)
    {
        var request = context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}/{path}";
    }
}
