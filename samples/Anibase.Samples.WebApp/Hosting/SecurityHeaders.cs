namespace Anibase.Samples.WebApp.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// The pages need nothing but their own stylesheet and the user's avatar (an image on
    /// AniList's servers): no script, no inline style, no framing. No referrer either, since the
    /// callback's address carries the authorization code.
    /// </summary>
    public static void UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' https:";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
}
