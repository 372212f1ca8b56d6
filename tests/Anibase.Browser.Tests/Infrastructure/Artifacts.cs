namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>
/// Where journeys leave screenshots and traces: <c>ANIBASE_TEST_ARTIFACTS</c> (the test command
/// sets it beside its TRX files), else <c>TestResults/browser</c> in the repository. With
/// <c>ANIBASE_DOCS_SCREENSHOTS</c> set to a folder, the walkthrough's screenshots are also written
/// there (how <c>docs/screenshots</c> is refreshed).
/// </summary>
public static class Artifacts
{
    public static string Directory { get; } = Create(
        Environment.GetEnvironmentVariable("ANIBASE_TEST_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine("TestResults", "browser"));

    public static string? DocsScreenshots { get; } =
        Environment.GetEnvironmentVariable("ANIBASE_DOCS_SCREENSHOTS") is { Length: > 0 } docs ? Create(docs) : null;

    public static string PathFor(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>Relative folders are taken from the repository root, wherever the test runs.</summary>
    private static string Create(string directory) =>
        System.IO.Directory.CreateDirectory(Path.GetFullPath(directory, RepositoryRoot())).FullName;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Anibase.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
