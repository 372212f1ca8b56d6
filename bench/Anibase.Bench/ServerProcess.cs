using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Anibase.Bench;

/// <summary>
/// A process under test (the Anibase server or the bare app), started with <c>dotnet</c> as a user
/// would start it, its output going to a log file. Measures its start-up and its peak memory.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri address, TimeSpan startup)
    {
        this.process = process;
        Address = address;
        Startup = startup;
        StartupCpu = CpuTime();
    }

    public Uri Address { get; }

    /// <summary>From the process start to the first 200 on the health path.</summary>
    public TimeSpan Startup { get; }

    /// <summary>The CPU time the process had used by then (all threads: JIT, migrations, import).</summary>
    public TimeSpan StartupCpu { get; }

    public int Id => process.Id;

    public static async Task<ServerProcess> StartAsync(
        string dll, IReadOnlyDictionary<string, string> environment, string logFile, string healthPath, CancellationToken cancellationToken,
        string? command = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            // Where a service runs it from: the content root, so appsettings.json applies.
            WorkingDirectory = Path.GetDirectoryName(dll),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        if (command is not null)
        {
            info.ArgumentList.Add(command);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {dll}");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => log.Dispose();

        var health = new Uri(address, healthPath);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {process.ExitCode}; see {logFile}");
            }

            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new ServerProcess(process, address, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Path.GetFileName(dll)} did not answer {healthPath} within 3 minutes; see {logFile}");
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>Runs a load and adds this process's peak RSS and CPU time per operation during it.</summary>
    public async Task<Load.LoadResult> MeasureAsync(Func<Task<Load.LoadResult>> load)
    {
        ResetPeakMemory();
        var cpu = CpuTime();
        var result = await load();
        var used = CpuTime() - cpu;
        return result with
        {
            PeakRssMiB = PeakMemoryMiB(),
            ServerCpuMsPerOp = result.Operations == 0 ? 0 : used.TotalMilliseconds / result.Operations,
        };
    }

    /// <summary>Forgets the peak so far (Linux: writing 5 to clear_refs resets VmHWM; needs the owner or root).</summary>
    public bool ResetPeakMemory()
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Peak resident set size since the start or the last reset, in MiB.</summary>
    public double PeakMemoryMiB() => StatusKiB("VmHWM:") / 1024.0;

    public double MemoryMiB() => StatusKiB("VmRSS:") / 1024.0;

    /// <summary>User and system CPU time the process has used so far (Linux clock ticks are 1/100 s).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of stat (utime, stime); the split starts at field 3.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private long StatusKiB(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM: the host shuts down cleanly (SQLite checkpoints its WAL).
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The process has exited.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
