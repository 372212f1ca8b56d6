using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Anibase.Client.OAuth;

/// <summary>
/// The steps of AniList's OAuth guide: build the authorize URL, then exchange the code that comes
/// back for an access token. Give it an <see cref="HttpClient"/> of your own or one from
/// <c>IHttpClientFactory</c> (it works as a typed client); it never disposes it.
/// </summary>
public sealed class AniListOAuthClient
{
    private readonly HttpClient http;

    /// <summary>Creates a client that sends its token requests through <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">The HTTP client to use; it stays the caller's.</param>
    /// <param name="options">The app's client ID and secret, and the service to log in with.</param>
    public AniListOAuthClient(HttpClient httpClient, AniListOAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        http = httpClient;
        Options = options;
    }

    /// <summary>The options this client was created with.</summary>
    public AniListOAuthOptions Options { get; }

    /// <summary>
    /// Starts a login: the authorize URL with a fresh random <c>state</c>, and with a PKCE challenge
    /// when <paramref name="usePkce"/> is set.
    /// </summary>
    /// <param name="redirectUri">
    /// One of the client's registered redirect URLs, exactly; null lets the server use the
    /// registered one (AniList allows that for the implicit grant).
    /// </param>
    /// <param name="responseType">A code (the default) or, for the implicit grant, the token itself.</param>
    /// <param name="usePkce">
    /// Adds an S256 code challenge (RFC 7636); the code exchange then sends the verifier. Anibase
    /// checks it; AniList has said it does not support PKCE, so leave it off there.
    /// </param>
    /// <returns>The URL to open, and what to keep until the user comes back.</returns>
    public AuthorizationRequest CreateAuthorizationRequest(
        Uri? redirectUri, AniListResponseType responseType = AniListResponseType.Code, bool usePkce = false)
    {
        var state = Pkce.RandomValue();
        var verifier = usePkce && responseType == AniListResponseType.Code ? Pkce.RandomValue() : null;
        var query = new StringBuilder("?client_id=").Append(Uri.EscapeDataString(Options.ClientId));
        if (redirectUri is not null)
        {
            query.Append("&redirect_uri=").Append(Uri.EscapeDataString(redirectUri.OriginalString));
        }

        query.Append("&response_type=").Append(responseType == AniListResponseType.Code ? "code" : "token")
            .Append("&state=").Append(state);
        if (verifier is not null)
        {
            query.Append("&code_challenge=").Append(Pkce.Challenge(verifier)).Append("&code_challenge_method=S256");
        }

        return new AuthorizationRequest(new Uri(Options.Endpoints.AuthorizeUrl.AbsoluteUri + query), state, redirectUri, responseType, verifier);
    }

    /// <summary>Exchanges the code that came back from <paramref name="request"/> for an access token.</summary>
    /// <param name="code">The <c>code</c> from the redirect (see <see cref="AuthorizationResponse.Parse"/>).</param>
    /// <param name="request">The login the code belongs to: its redirect URI and PKCE verifier are sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="AniListOAuthException">The token endpoint refused the code (e.g. <c>invalid_grant</c>) or gave no token.</exception>
    public Task<AniListTokenResponse> ExchangeCodeAsync(string code, AuthorizationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ExchangeCodeAsync(code, request.RedirectUri, request.CodeVerifier, cancellationToken);
    }

    /// <summary>
    /// Exchanges a code for an access token (<c>grant_type=authorization_code</c>), sending the
    /// client ID and secret in a JSON or form body as <see cref="AniListOAuthOptions.TokenRequestBody"/> says.
    /// </summary>
    /// <param name="code">The <c>code</c> from the redirect.</param>
    /// <param name="redirectUri">The redirect URI the authorize URL carried; the server checks they are the same.</param>
    /// <param name="codeVerifier">The PKCE verifier, when the authorize URL carried a challenge.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="AniListOAuthException">The token endpoint refused the code (e.g. <c>invalid_grant</c>) or gave no token.</exception>
    public async Task<AniListTokenResponse> ExchangeCodeAsync(
        string code, Uri? redirectUri, string? codeVerifier = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret ?? "",
            ["redirect_uri"] = redirectUri?.OriginalString ?? "",
            ["code"] = code,
        };
        if (codeVerifier is not null)
        {
            fields["code_verifier"] = codeVerifier;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Options.Endpoints.TokenUrl)
        {
            Content = Options.TokenRequestBody == TokenRequestBody.Json ? JsonContent.Create(fields) : new FormUrlEncodedContent(fields),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await HttpSending.SendAsync(http, request, cancellationToken).ConfigureAwait(false);
        return await ReadTokenResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<AniListTokenResponse> ReadTokenResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        JsonElement body;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            body = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException exception)
        {
            throw new AniListOAuthException("invalid_response", $"The token endpoint's answer (HTTP {status}) is not JSON.", status, exception);
        }

        if (!response.IsSuccessStatusCode || body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("access_token", out var accessToken))
        {
            // RFC 6749's error and error_description; AniList's own servers say message (and hint).
            var error = Text(body, "error") ?? "invalid_response";
            var description = Text(body, "error_description") ?? Text(body, "message") ?? Text(body, "hint")
                ?? (response.IsSuccessStatusCode ? "The answer has no access_token." : $"HTTP {status}.");
            throw new AniListOAuthException(error, description, status);
        }

        TimeSpan? expiresIn = body.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt64(out var value)
            ? TimeSpan.FromSeconds(value)
            : null;
        return new AniListTokenResponse(accessToken.GetString() ?? "", Text(body, "token_type") ?? "Bearer", expiresIn);
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
