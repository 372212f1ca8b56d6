using GraphQL.Utilities;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// The list side of the schema: <c>MediaList</c>, <c>MediaListCollection</c>,
/// <c>Media.mediaListEntry</c> and <c>isFavourite</c>, and the list mutations.
/// </summary>
internal static class ListResolvers
{
    public static void Register(SchemaBuilder builder)
    {
    }
}
