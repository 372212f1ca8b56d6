using Anibase.Client.OAuth;

namespace Anibase.Client.Logins;

/// <summary>
/// AniList's PIN flow, for console apps: print the authorize URL, the user opens it, approves the
/// app and copies what the PIN page shows back into the app. The client must be registered with
/// the redirect URL <see cref="AniListEndpoints.PinRedirectUrl"/> (e.g. <c>https://anilist.co/api/v2/oauth/pin</c>).
/// </summary>
public sealed class PinLogin
{
    private readonly AniListOAuthClient client;
    private readonly TextReader input;
    private readonly TextWriter output;

    /// <summary>A PIN login on the console (<see cref="Console.In"/> and <see cref="Console.Out"/>).</summary>
    /// <param name="client">The app's OAuth client.</param>
    public PinLogin(AniListOAuthClient client)
        : this(client, Console.In, Console.Out)
    {
    }

    /// <summary>A PIN login that prints to <paramref name="output"/> and reads what the user pastes from <paramref name="input"/>.</summary>
    /// <param name="client">The app's OAuth client.</param>
    /// <param name="input">Where the pasted code or token is read from, one line.</param>
    /// <param name="output">Where the instructions and the URL are written.</param>
    public PinLogin(AniListOAuthClient client, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        this.client = client;
        this.input = input;
        this.output = output;
    }

    /// <summary>
    /// Prints the URL, reads the pasted line and returns the access token: for
    /// <see cref="AniListResponseType.Code"/> (the default) the pasted code is exchanged with the
    /// client secret; for <see cref="AniListResponseType.Token"/> the pasted text is the token.
    /// A pasted redirect URL (with <c>?code=</c> or <c>#access_token=</c>) works too.
    /// </summary>
    /// <param name="responseType">Whether the PIN page shows a code or a token.</param>
    /// <param name="cancellationToken">Cancels the wait for input and the exchange.</param>
    /// <returns>The access token.</returns>
    /// <exception cref="AniListOAuthException">Nothing was pasted (<c>no_code_entered</c>), or the code was refused.</exception>
    public async Task<AniListTokenResponse> LoginAsync(
        AniListResponseType responseType = AniListResponseType.Code, CancellationToken cancellationToken = default)
    {
        var request = client.CreateAuthorizationRequest(client.Options.Endpoints.PinRedirectUrl, responseType);
        var what = responseType == AniListResponseType.Code ? "code" : "token";
        await output.WriteLineAsync($"Open this page, approve the app, and paste the {what} it shows:").ConfigureAwait(false);
        await output.WriteLineAsync(request.Url.AbsoluteUri).ConfigureAwait(false);
        await output.WriteAsync($"{char.ToUpperInvariant(what[0])}{what[1..]}: ").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);

        var pasted = (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
        if (string.IsNullOrEmpty(pasted))
        {
            throw new AniListOAuthException("no_code_entered", $"No {what} was entered.", statusCode: 0);
        }

        if (Uri.TryCreate(pasted, UriKind.Absolute, out var redirect) && redirect.Scheme is "http" or "https")
        {
            // The PIN page's own address, copied from the address bar: its state must be ours.
            var response = AuthorizationResponse.Parse(redirect, request.State);
            return response.Token ?? await client.ExchangeCodeAsync(response.Code!, request, cancellationToken).ConfigureAwait(false);
        }

        return responseType == AniListResponseType.Token
            ? new AniListTokenResponse(pasted, "Bearer", null)
            : await client.ExchangeCodeAsync(pasted, request, cancellationToken).ConfigureAwait(false);
    }
}
