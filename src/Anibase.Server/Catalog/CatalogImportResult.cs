namespace Anibase.Server.Catalog;

/// <summary>What an import did: entries added, entries changed, and the catalog's size after it.</summary>
internal sealed record CatalogImportResult(int Imported, int Updated, int Total);
