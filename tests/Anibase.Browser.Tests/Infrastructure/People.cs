namespace Anibase.Browser.Tests.Infrastructure;

public sealed record Person(string Name, string Email, string Password);

public static class People
{
    private static int counter;

    /// <summary>A new person with a unique AniList-style name (letters and digits).</summary>
    public static Person New(string stem)
    {
        var name = $"{stem}{Interlocked.Increment(ref counter)}{Random.Shared.Next(100, 999)}";
        return new Person(name, $"{name}@example.com", "correct horse 1");
    }
}
