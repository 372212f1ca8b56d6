using Anibase.Bench.Load;

namespace Anibase.Bench.Reporting;

/// <summary>Everything one run measured; serialized as bench/results/results.json.</summary>
internal sealed class RunResults
{
    public required MachineInfo Machine { get; init; }

    public required DateTimeOffset Started { get; init; }

    public DateTimeOffset Finished { get; set; }

    public bool Quick { get; init; }

    public double DurationSeconds { get; init; }

    public double WarmUpSeconds { get; init; }

    public int CodesPerLevel { get; init; }

    public List<ProviderResults> Providers { get; } = [];
}

internal sealed class ProviderResults
{
    public required string Provider { get; init; }

    /// <summary>Process start to the first 200 on /healthz; each sample a fresh database (migrations and catalog import included).</summary>
    public List<StartupSample> StartupEmpty { get; } = [];

    /// <summary>The same with <c>Anibase:Catalog:ImportOnStart=false</c>: migrations only.</summary>
    public List<StartupSample> StartupEmptyNoImport { get; } = [];

    /// <summary>The same, with the large number of users, authorizations and tokens stored.</summary>
    public List<StartupSample> StartupFull { get; } = [];

    public required CeilingResults Ceilings { get; init; }

    public List<LoadResult> Scenarios { get; } = [];

    /// <summary>Whole-flow iterations that showed the approval page, and those that were remembered.</summary>
    public long FlowApproved => FlowApprovedCount;

    public long FlowRemembered => FlowRememberedCount;

    internal long FlowApprovedCount;

    internal long FlowRememberedCount;

    public List<GrowthPoint> Growth { get; } = [];
}

internal sealed class CeilingResults
{
    public List<LoadResult> Bare { get; } = [];

    public Rate RsaSignatures { get; set; } = new(0, 0);

    public Rate RsaVerifications { get; set; } = new(0, 0);

    public string PasswordPrf { get; set; } = "";

    public int PasswordIterations { get; set; }

    public Rate PasswordHashes { get; set; } = new(0, 0);

    /// <summary>fsync'd 4 KiB writes in the data directory: what bounds SQLite's commits.</summary>
    public Rate SyncedWrites { get; set; } = new(0, 0);
}

/// <summary>One start: wall-clock time to the first 200, and the CPU time the process had used by then.</summary>
internal sealed record StartupSample(double WallMs, double CpuMs);

/// <summary>The code exchange and the API call with this many rows stored.</summary>
internal sealed record GrowthPoint(long Users, long Authorizations, long Tokens, LoadResult Exchange, LoadResult Viewer);
