using System.Diagnostics;
using System.Text.Json;

namespace Anibase.Bench;

/// <summary>The server's own admin commands (<c>users create</c>, <c>clients create</c>), JSON on stdout.</summary>
internal static class AdminCommand
{
    public static async Task<JsonElement> RunAsync(
        string dll, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {dll}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {await stderr}");
        }

        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }
}
