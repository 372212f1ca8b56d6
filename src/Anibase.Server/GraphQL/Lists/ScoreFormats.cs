namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// AniList's score formats. Entries keep the raw score (0–100); <c>score</c> shows it in a format
/// and <c>SaveMediaListEntry(score:)</c> reads it in the user's format. The conversions are the
/// ones AniList clients use to mirror AniList's display (Taiga, Mihon): ten points drop the units
/// (85 is 8), five stars are 1–29, 30–49, 50–69, 70–89, 90–100, three smileys 1–35, 36–60, 61–100.
/// </summary>
internal static class ScoreFormats
{
    public const string Point100 = "POINT_100";
    public const string Point10Decimal = "POINT_10_DECIMAL";
    public const string Point10 = "POINT_10";
    public const string Point5 = "POINT_5";
    public const string Point3 = "POINT_3";

    public static double FromRaw(int raw, string format) => format switch
    {
        Point100 => raw,
        Point10Decimal => raw / 10.0,
        Point5 => raw switch { <= 0 => 0, < 30 => 1, < 50 => 2, < 70 => 3, < 90 => 4, _ => 5 },
        Point3 => raw switch { <= 0 => 0, <= 35 => 1, <= 60 => 2, _ => 3 },
        _ => raw / 10,
    };

    /// <summary>A score given in <paramref name="format"/> as a raw score; out-of-range values are clamped.</summary>
    public static int ToRaw(double score, string format)
    {
        var raw = format switch
        {
            Point100 => Round(score),
            Point10Decimal => Round(score * 10),
            // A star is 20 points and a smiley sits in its band, so that each shows as itself again.
            Point5 => Math.Clamp(Round(score), 0, 5) * 20,
            Point3 => Math.Clamp(Round(score), 0, 3) switch { 0 => 0, 1 => 35, 2 => 60, _ => 85 },
            _ => Round(score) * 10,
        };
        return Math.Clamp(raw, 0, 100);
    }

    private static int Round(double value) => (int)Math.Round(Math.Clamp(value, 0, 1000), MidpointRounding.AwayFromZero);
}
