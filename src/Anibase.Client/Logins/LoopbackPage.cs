using System.Net;
using System.Text;

namespace Anibase.Client.Logins;

/// <summary>The small page the loopback listener answers the browser with.</summary>
internal static class LoopbackPage
{
    public static async Task WriteAsync(HttpListenerResponse response, HttpStatusCode status, string title, string message)
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(message)}</p>
            </body>
            </html>
            """;
        var body = Encoding.UTF8.GetBytes(html);
        response.StatusCode = (int)status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength64 = body.Length;
        // The address holds the code: never cache it, never pass it on.
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        response.Close();
    }
}
