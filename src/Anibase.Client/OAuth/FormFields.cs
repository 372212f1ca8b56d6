namespace Anibase.Client.OAuth;

/// <summary>Reads <c>a=1&amp;b=2</c> from a query or fragment (a leading <c>?</c> or <c>#</c> is skipped).</summary>
internal static class FormFields
{
    public static Dictionary<string, string> Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.TrimStart('?', '#').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            // The first value wins, as in most servers' readers.
            fields.TryAdd(name, separator < 0 ? "" : Decode(pair[(separator + 1)..]));
        }

        return fields;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
