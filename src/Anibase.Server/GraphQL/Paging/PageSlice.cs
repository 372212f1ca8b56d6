namespace Anibase.Server.GraphQL.Paging;

/// <summary>One page of a <c>Page</c> data field's results, and how many there are in all.</summary>
public sealed record PageSlice(IReadOnlyList<object> Items, int Total);

/// <summary>AniList's <c>PageInfo</c>.</summary>
public sealed record PageInfoModel(int Total, int PerPage, int CurrentPage, int LastPage, bool HasNextPage);

/// <summary>The value of a resolved <c>Page</c>: its page info and the one data field's items.</summary>
internal sealed record PageResult(PageInfoModel PageInfo, string? DataField, IReadOnlyList<object> Items);
