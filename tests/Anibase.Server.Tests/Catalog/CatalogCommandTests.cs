using System.Text.Json;
using Anibase.Server.Tests.Cli;
using Anibase.Server.Tests.Compat;
using static Anibase.Server.Tests.Catalog.BangumiDataSample;

namespace Anibase.Server.Tests.Catalog;

/// <summary><c>catalog import FILE</c> on the real server executable, with small files of the tests' own.</summary>
public sealed class CatalogCommandTests
{
    [Fact]
    public async Task CatalogImport_SmallFile_PrintsCountsAndASecondRunChangesNothing()
    {
        await using var server = new ServerExecutable();
        var file = await WriteAsync(Path.Combine(server.DataDirectory, "data.json"), Item("One", aniList: 1), Item("Two", aniList: 2), Item("Local"));

        var first = Counts(await server.RunAsync("catalog", "import", file));
        var second = Counts(await server.RunAsync("catalog", "import", file));

        Assert.Equal((3, 0, 3), first);
        Assert.Equal((0, 0, 3), second);
    }

    [Fact]
    public async Task CatalogImport_GzippedNewerFile_UpdatesChangedEntriesAndAddsNewOnes()
    {
        await using var server = new ServerExecutable();
        var older = await WriteAsync(Path.Combine(server.DataDirectory, "older.json"), Item("One", aniList: 1), Item("Two", aniList: 2));
        var newer = await WriteAsync(Path.Combine(server.DataDirectory, "newer.json.gz"),
            Item("One", aniList: 1), Item("Two, retitled", aniList: 2), Item("Three", aniList: 3));
        Counts(await server.RunAsync("catalog", "import", older));

        var result = Counts(await server.RunAsync("catalog", "import", newer));

        Assert.Equal((1, 1, 3), result);
    }

    [Fact]
    public async Task CatalogImport_NotJson_ExitsOneWithTheReasonOnStderr()
    {
        await using var server = new ServerExecutable();
        var file = Path.Combine(server.DataDirectory, "data.json");
        await File.WriteAllTextAsync(file, "<html>not the catalog</html>");

        var result = await server.RunAsync("catalog", "import", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.StandardError.Contains("is not bangumi-data's data.json", StringComparison.Ordinal), result.ToString());
        Assert.True(result.StandardOutput.Length == 0, result.ToString());
    }

    [Fact]
    public async Task CatalogImport_BadItemAfterGoodOnes_ImportsNothing()
    {
        await using var server = new ServerExecutable();
        var bad = await WriteAsync(Path.Combine(server.DataDirectory, "bad.json"),
            Item("Good", aniList: 1), Item("Also good", aniList: 2), Item("Bad date", begin: "the spring of 2024"));
        var good = await WriteAsync(Path.Combine(server.DataDirectory, "good.json"), Item("Other", aniList: 3));

        var failed = await server.RunAsync("catalog", "import", bad);
        var after = Counts(await server.RunAsync("catalog", "import", good));

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.True(failed.StandardError.Contains("'Bad date' has a date that is not an ISO 8601 instant", StringComparison.Ordinal), failed.ToString());
        Assert.Equal((1, 0, 1), after);
    }

    [Fact]
    public async Task CatalogImport_MissingFile_ExitsOneNamingIt()
    {
        await using var server = new ServerExecutable();
        var missing = Path.Combine(server.DataDirectory, "missing.json");

        var result = await server.RunAsync("catalog", "import", missing);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.StandardError.Contains(missing, StringComparison.Ordinal), result.ToString());
    }

    /// <summary>The command's JSON, the only thing on stdout.</summary>
    private static (int Imported, int Updated, int Total) Counts(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonDocument.Parse(result.StandardOutput).RootElement;
        return (json.GetProperty("imported").GetInt32(), json.GetProperty("updated").GetInt32(), json.GetProperty("total").GetInt32());
    }
}
