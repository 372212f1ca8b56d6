namespace Anibase.Client.OAuth;

/// <summary>
/// A login in progress: the URL to send the user to, and what the app must keep until the user
/// comes back (the state to check, and the PKCE verifier for the code exchange).
/// </summary>
/// <param name="Url">The authorize URL to open in the user's browser.</param>
/// <param name="State">The random <c>state</c> in <paramref name="Url"/>; the redirect must bring it back unchanged.</param>
/// <param name="RedirectUri">The redirect URI in <paramref name="Url"/>, which the code exchange repeats; null when the registered one is used.</param>
/// <param name="ResponseType">Whether a code or a token comes back.</param>
/// <param name="CodeVerifier">The PKCE code verifier, when PKCE is used; the code exchange sends it.</param>
public sealed record AuthorizationRequest(Uri Url, string State, Uri? RedirectUri, AniListResponseType ResponseType, string? CodeVerifier);
