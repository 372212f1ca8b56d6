using System.Net;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>
/// A browser for a server on a real socket, as <see cref="OAuthBrowser"/> expects one: keeps cookies
/// and does not follow redirects. (On Kestrel, <c>WebApplicationFactory.CreateClient(options)</c> goes to
/// http://localhost/ and its inner handler follows redirects whatever the options say.)
/// </summary>
public static class SocketBrowser
{
    public static HttpClient Create(Uri serverAddress) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = serverAddress,
        };
}
