using Anibase.Data.Catalog;
using Anibase.Server.GraphQL.Paging;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>AniList's <c>Favourites</c> of one user; <c>User.favourites(page)</c> gives its connections a default page.</summary>
internal sealed record FavouritesModel(int UserId, int? Page);

/// <summary>AniList's <c>MediaConnection</c>.</summary>
internal sealed record MediaConnectionModel(IReadOnlyList<MediaEdgeModel> Edges, IReadOnlyList<Media> Nodes, PageInfoModel PageInfo);

/// <summary>AniList's <c>MediaEdge</c> for a favourite: the media and its place in the user's order.</summary>
internal sealed record MediaEdgeModel(Media Node, int Id, int FavouriteOrder, bool IsMainStudio = false);
