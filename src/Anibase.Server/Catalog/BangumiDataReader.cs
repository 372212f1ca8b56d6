using System.IO.Compression;
using System.Text.Json;

namespace Anibase.Server.Catalog;

/// <summary>Reads bangumi-data's <c>data.json</c>, plain or gzipped, and checks it is that file.</summary>
internal static class BangumiDataReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <exception cref="InvalidDataException">The stream is not bangumi-data's JSON; the message says why.</exception>
    public static async Task<BangumiDataFile> ReadAsync(Stream stream, string name, CancellationToken cancellationToken)
    {
        BangumiDataFile? file;
        try
        {
            await using var gzip = await IsGzipAsync(stream, cancellationToken)
                ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)
                : null;
            file = await JsonSerializer.DeserializeAsync<BangumiDataFile>(gzip ?? stream, Json, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{name} is not bangumi-data's data.json: {e.Message}", e);
        }

        if (file?.Items is null || file.SiteMeta is null)
        {
            throw new InvalidDataException($"{name} is not bangumi-data's data.json: it has no \"items\" or no \"siteMeta\".");
        }

        var untitled = file.Items.FindIndex(item => string.IsNullOrWhiteSpace(item?.Title));
        if (untitled >= 0)
        {
            throw new InvalidDataException($"{name}: item {untitled} has no title.");
        }

        return file;
    }

    /// <summary>By the gzip magic number rather than the file name, so either name works.</summary>
    private static async Task<bool> IsGzipAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var magic = new byte[2];
        var read = await stream.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = start;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
