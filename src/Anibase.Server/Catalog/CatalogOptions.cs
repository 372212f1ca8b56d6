namespace Anibase.Server.Catalog;

/// <summary>The <c>Anibase:Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Anibase:Catalog";

    /// <summary>Fill an empty catalog from the bundled bangumi-data when the server starts.</summary>
    public bool ImportOnStart { get; set; } = true;
}
