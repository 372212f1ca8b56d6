namespace Anibase.Server.Hosting;

/// <summary>
/// Headers every response carries. The pages need no inline script or style (the PIN page loads /js/pin.js), so the
/// policy allows only this server's own files; no page may be framed (clickjacking an Approve
/// button is the classic attack on an authorization server); no URL — which on the authorize
/// and callback paths carries client ids, states and codes — leaks through a Referer header.
/// </summary>
internal static class SecurityHeaders
{
    // No form-action: the approval form's POST ends in a redirect to the client's own redirect
    // URI, which browsers check against form-action too.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
