using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Anibase.Server.Tests.Compat;

/// <summary>
/// A program run as a user or a third-party client runs it: its own process, its output captured,
/// and killed with its children when it overruns or when the test ends.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string commandLine;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private ChildProcess(Process process)
    {
        this.process = process;
        commandLine = string.Join(' ', [process.StartInfo.FileName, .. process.StartInfo.ArgumentList]);
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(error, line.Data);
    }

    public bool HasExited => process.HasExited;

    public static ChildProcess Start(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = start });
        try
        {
            child.process.Start();
        }
        catch (Win32Exception e)
        {
            child.process.Dispose();
            throw new InvalidOperationException(
                $"Could not start '{fileName}' ({e.Message}). Run scripts/install-test-deps.sh to install the test dependencies.", e);
        }

        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to the end, or kills the process once <paramref name="timeout"/> has passed.</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout,
        string? workingDirectory = null)
    {
        await using var child = Start(fileName, arguments, environment, workingDirectory);
        return await child.WaitForExitAsync(timeout);
    }

    public async Task<ProcessResult> WaitForExitAsync(TimeSpan timeout)
    {
        using var overrun = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(overrun.Token);
            return Result(timedOut: false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            return Result(timedOut: true);
        }
    }

    /// <summary>Types a line into the program's standard input.</summary>
    public async Task WriteLineAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>
    /// The first line on stdout that <paramref name="match"/> accepts, as soon as it is printed;
    /// null when the program ends without printing one or <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task<string?> WaitForOutputLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var exited = process.HasExited;
            if (exited)
            {
                // Lets the last output events arrive before the final look.
                await process.WaitForExitAsync();
            }

            var line = Text(output).Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(match);
            if (line is not null || exited || waited.Elapsed > timeout)
            {
                return line;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>What it has printed so far, for messages about a process that is still running.</summary>
    public override string ToString() =>
        $"{commandLine}: {(process.HasExited ? $"exit code {process.ExitCode}" : "running")}\n" +
        $"--- stdout ---\n{Text(output)}\n--- stderr ---\n{Text(error)}";

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private ProcessResult Result(bool timedOut) =>
        new(commandLine, timedOut ? -1 : process.ExitCode, timedOut, Text(output), Text(error));

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
