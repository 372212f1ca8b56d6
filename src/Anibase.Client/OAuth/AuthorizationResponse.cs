namespace Anibase.Client.OAuth;

/// <summary>
/// Where the authorization endpoint sent the browser back: <c>redirect_uri?code=…&amp;state=…</c> for
/// the code grant, <c>redirect_uri#access_token=…&amp;token_type=Bearer&amp;expires_in=…&amp;state=…</c>
/// for the implicit grant, or <c>?error=access_denied&amp;state=…</c> when the user said no.
/// </summary>
/// <param name="Code">The authorization code (code grant).</param>
/// <param name="Token">The access token (implicit grant).</param>
/// <param name="State">The <c>state</c> that came back.</param>
public sealed record AuthorizationResponse(string? Code, AniListTokenResponse? Token, string? State)
{
    /// <summary>Reads a redirect's query and fragment.</summary>
    /// <param name="redirect">The full URL the browser was sent to.</param>
    /// <param name="expectedState">
    /// The state of the <see cref="AuthorizationRequest"/> this app started; null skips the check.
    /// A redirect with another state was not started by this app (RFC 6749 §10.12) and is refused.
    /// </param>
    /// <exception cref="AniListOAuthException">
    /// The redirect carries an error (<c>access_denied</c> when the user denied), another state
    /// (<c>state_mismatch</c>), or neither a code nor a token (<c>invalid_response</c>).
    /// </exception>
    public static AuthorizationResponse Parse(Uri redirect, string? expectedState = null)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        if (!redirect.IsAbsoluteUri)
        {
            throw new ArgumentException("The redirect must be an absolute URL.", nameof(redirect));
        }

        // The implicit grant answers in the fragment; everything else in the query.
        var parameters = FormFields.Parse(redirect.Query);
        foreach (var (name, value) in FormFields.Parse(redirect.Fragment))
        {
            parameters[name] = value;
        }

        var state = parameters.GetValueOrDefault("state");
        if (parameters.TryGetValue("error", out var error))
        {
            throw new AniListOAuthException(error, parameters.GetValueOrDefault("error_description"), statusCode: 0);
        }

        if (expectedState is not null && !string.Equals(state, expectedState, StringComparison.Ordinal))
        {
            throw new AniListOAuthException("state_mismatch",
                "The redirect's state is not the one this app sent: the login was not started here.", statusCode: 0);
        }

        if (parameters.TryGetValue("access_token", out var accessToken))
        {
            var expiresIn = long.TryParse(parameters.GetValueOrDefault("expires_in"), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            return new(null, new AniListTokenResponse(accessToken, parameters.GetValueOrDefault("token_type") ?? "Bearer", expiresIn), state);
        }

        return parameters.TryGetValue("code", out var code) && code.Length > 0
            ? new(code, null, state)
            : throw new AniListOAuthException("invalid_response", "The redirect carries neither a code nor an access token.", statusCode: 0);
    }
}
