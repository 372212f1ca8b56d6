namespace Anibase.Server.Catalog;

/// <summary>The bangumi-data file shipped in the server assembly (<c>data/bangumi-data.json.gz</c> of the repository).</summary>
internal static class BundledCatalog
{
    public const string Name = "the bundled bangumi-data";

    private const string ResourceName = "Anibase.Server.Catalog.bangumi-data.json.gz";

    public static async Task<BangumiDataFile> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(BundledCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the server assembly.");
        return await BangumiDataReader.ReadAsync(stream, Name, cancellationToken);
    }
}
