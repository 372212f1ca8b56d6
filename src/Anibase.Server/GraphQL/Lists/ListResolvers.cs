using Anibase.Server.GraphQL.Users;
using GraphQL.Utilities;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// The list side of the schema: <c>MediaList</c>, <c>MediaListCollection</c>,
/// <c>Media.mediaListEntry</c> and <c>isFavourite</c>, favourites, and the list and settings mutations.
/// </summary>
internal static class ListResolvers
{
    public static void Register(SchemaBuilder builder)
    {
        MediaListFields.Register(builder);
        MediaListQueries.Register(builder);
        MediaListCollectionQuery.Register(builder);
        MediaListMutations.Register(builder);
        FavouriteResolvers.Register(builder);
        UserMutations.Register(builder);
    }
}
