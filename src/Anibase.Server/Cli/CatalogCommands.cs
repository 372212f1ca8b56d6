using System.CommandLine;
using System.Text.Json;
using Anibase.Server.Catalog;

namespace Anibase.Server.Cli;

internal static class CatalogCommands
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Description = "bangumi-data's dist/data.json, plain or gzipped (default: the copy bundled with the server)",
            Arity = ArgumentArity.ZeroOrOne,
        };

        var import = new Command("import", "Add bangumi-data's anime to the catalog and update those already in it.") { file };
        import.SetAction(async (parse, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<CatalogImporter>();
            CatalogImportResult result;
            try
            {
                result = parse.GetValue(file) is { } path
                    ? await importer.ImportAsync(await ReadAsync(path, cancellationToken), path.FullName, cancellationToken)
                    : await importer.ImportAsync(await BundledCatalog.ReadAsync(cancellationToken), BundledCatalog.Name, cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }

            Console.WriteLine(JsonSerializer.Serialize(new { imported = result.Imported, updated = result.Updated, total = result.Total }));
            return 0;
        });

        return new Command("catalog", "Manage the anime catalog.") { import };
    }

    private static async Task<BangumiDataFile> ReadAsync(FileInfo path, CancellationToken cancellationToken)
    {
        await using var stream = path.OpenRead();
        return await BangumiDataReader.ReadAsync(stream, path.FullName, cancellationToken);
    }
}
