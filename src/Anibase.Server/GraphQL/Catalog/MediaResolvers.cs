using GraphQL.Utilities;

namespace Anibase.Server.GraphQL.Catalog;

/// <summary><c>Query.Media</c>, <c>GenreCollection</c> and the fields of <c>Media</c> from the catalog entity.</summary>
internal static class MediaResolvers
{
    public static void Register(SchemaBuilder builder)
    {
    }
}
