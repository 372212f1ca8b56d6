namespace Anibase.Server.Tests.Compat;

/// <summary>How a child process ended and what it printed; its text is the whole story, for assertion messages.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, bool TimedOut, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"{CommandLine}: {(TimedOut ? "killed after the timeout" : $"exit code {ExitCode}")}\n" +
        $"--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
