using System.Runtime.InteropServices;

namespace Anibase.Bench.Reporting;

/// <summary>The machine the figures come from, and how busy it was.</summary>
internal sealed record MachineInfo(
    string Cpu, int Cores, double MemoryGiB, string Os, string Kernel, string Runtime, string LoadAverageAtStart)
{
    public string LoadAverageAtEnd { get; set; } = "";

    public static MachineInfo Describe() => new(
        Cpu: ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores: Environment.ProcessorCount,
        MemoryGiB: Math.Round(double.Parse(ProcField("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0", System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024, 1),
        Os: OsName(),
        Kernel: Environment.OSVersion.Version.ToString(),
        Runtime: RuntimeInformation.FrameworkDescription,
        LoadAverageAtStart: LoadAverage());

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    private static string OsName() =>
        (File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"')
            : null) ?? RuntimeInformation.OSDescription;

    private static string? ProcField(string file, string name) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
