using System.Diagnostics;
using System.Net;
using Anibase.Client.OAuth;

namespace Anibase.Client.Logins;

/// <summary>
/// Logs in a desktop or command-line app the way RFC 8252 recommends: listen on a loopback
/// address, open the system browser at the authorize URL, and take the code from the browser's
/// redirect back to the app. The browser is answered with a page that says the user can close the tab.
/// </summary>
/// <remarks>
/// The client must be registered with the exact redirect URL given here, port included: AniList
/// and Anibase both match redirect URLs exactly. Only the code grant works this way: an implicit
/// grant's token would arrive in the fragment, which browsers never send to the app.
/// </remarks>
public sealed class LoopbackLogin
{
    private readonly AniListOAuthClient client;
    private readonly Uri redirectUri;

    /// <summary>A login that listens at <paramref name="redirectUri"/>.</summary>
    /// <param name="client">The app's OAuth client (with its client secret).</param>
    /// <param name="redirectUri">
    /// A registered redirect URL on the loopback interface with a fixed port, e.g.
    /// <c>http://127.0.0.1:5091/callback</c>.
    /// </param>
    public LoopbackLogin(AniListOAuthClient client, Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(redirectUri);
        if (!redirectUri.IsAbsoluteUri || redirectUri.Scheme != Uri.UriSchemeHttp || !redirectUri.IsLoopback || redirectUri.IsDefaultPort)
        {
            throw new ArgumentException("The redirect URI must be http on a loopback host with an explicit port, e.g. http://127.0.0.1:5091/callback.", nameof(redirectUri));
        }

        this.client = client;
        this.redirectUri = redirectUri;
    }

    /// <summary>
    /// Opens the authorize URL. By default the system browser (<see cref="OpenSystemBrowserAsync"/>);
    /// replace it to print the URL as well, to use an embedded browser, or in tests.
    /// </summary>
    public Func<Uri, CancellationToken, Task> OpenBrowser { get; init; } = OpenSystemBrowserAsync;

    /// <summary>Adds a PKCE challenge to the login (see <see cref="AniListOAuthClient.CreateAuthorizationRequest"/>).</summary>
    public bool UsePkce { get; init; }

    /// <summary>
    /// Listens, opens the browser, waits for the redirect, exchanges the code and answers the
    /// browser. Waits as long as the user takes: pass a <paramref name="cancellationToken"/> that
    /// gives up (e.g. after five minutes).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting and stops listening.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="AniListOAuthException">The user denied the app, the redirect was not this login's, or the code was refused.</exception>
    /// <exception cref="HttpListenerException">The port is in use.</exception>
    public async Task<AniListTokenResponse> LoginAsync(CancellationToken cancellationToken = default)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add($"{redirectUri.Scheme}://{redirectUri.Authority}/");
        listener.Start();
        try
        {
            var request = client.CreateAuthorizationRequest(redirectUri, AniListResponseType.Code, UsePkce);
            await OpenBrowser(request.Url, cancellationToken).ConfigureAwait(false);
            return await AnswerRedirectAsync(listener, request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also ends a GetContextAsync still waiting after a cancellation.
            listener.Stop();
        }
    }

    /// <summary>Opens <paramref name="url"/> in the user's default browser (<c>xdg-open</c>, <c>open</c> or the Windows shell).</summary>
    /// <param name="url">The page to open.</param>
    /// <param name="cancellationToken">Not used: opening is immediate.</param>
    /// <returns>A completed task.</returns>
    public static Task OpenSystemBrowserAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        Process.Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true })?.Dispose();
        return Task.CompletedTask;
    }

    private async Task<AniListTokenResponse> AnswerRedirectAsync(HttpListener listener, AuthorizationRequest request, CancellationToken cancellationToken)
    {
        while (true)
        {
            var context = await listener.GetContextAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!string.Equals(context.Request.Url?.AbsolutePath, redirectUri.AbsolutePath, StringComparison.Ordinal))
            {
                // A browser also asks for /favicon.ico; only the redirect ends the wait.
                await LoopbackPage.WriteAsync(context.Response, HttpStatusCode.NotFound, "Not found", "This is not the page you are looking for.").ConfigureAwait(false);
                continue;
            }

            try
            {
                var response = AuthorizationResponse.Parse(context.Request.Url!, request.State);
                var token = await client.ExchangeCodeAsync(response.Code!, request, cancellationToken).ConfigureAwait(false);
                await LoopbackPage.WriteAsync(context.Response, HttpStatusCode.OK, "Logged in",
                    "You are logged in. You can close this tab and go back to the app.").ConfigureAwait(false);
                return token;
            }
            catch (AniListOAuthException exception)
            {
                var message = exception.Error == "access_denied"
                    ? "You did not allow the app to use your account."
                    : $"The login failed ({exception.Error}).";
                await LoopbackPage.WriteAsync(context.Response, HttpStatusCode.BadRequest, "Not logged in",
                    message + " You can close this tab and go back to the app.").ConfigureAwait(false);
                throw;
            }
        }
    }
}
