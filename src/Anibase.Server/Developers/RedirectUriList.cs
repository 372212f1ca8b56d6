namespace Anibase.Server.Developers;

/// <summary>
/// Parses the redirect URL field. AniList accepts several URLs separated by commas, each then
/// allowed; any absolute URI is valid, custom schemes (myapp://callback) included.
/// </summary>
internal static class RedirectUriList
{
    public static bool TryParse(string? input, out IReadOnlyList<Uri> uris, out string? error)
    {
        var parsed = new List<Uri>();
        uris = parsed;
        foreach (var part in (input ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri))
            {
                error = $"'{part}' is not an absolute URL.";
                return false;
            }

            // RFC 6749 §3.1.2: the redirection endpoint URI must not include a fragment.
            if (!string.IsNullOrEmpty(uri.Fragment))
            {
                error = $"'{part}' must not contain a fragment (#…).";
                return false;
            }

            parsed.Add(uri);
        }

        if (parsed.Count == 0)
        {
            error = "Give at least one redirect URL.";
            return false;
        }

        error = null;
        return true;
    }
}
