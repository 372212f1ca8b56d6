using Anibase.Server.GraphQL.Lists;
using Anibase.Server.GraphQL.Users;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Utilities;

namespace Anibase.Server.GraphQL.Paging;

/// <summary>
/// <c>Query.Page</c>. AniList allows one data field per page, next to <c>pageInfo</c>; clients
/// often ask for <c>pageInfo</c> first, so the <c>Page</c> field itself runs the data field's query
/// (with that field's arguments) and both children read the result.
/// </summary>
internal static class PageResolvers
{
    public const int MaxPerPage = 50;

    private static readonly Dictionary<string, Func<PageRequest, Task<PageSlice>>> Queries = new(StringComparer.Ordinal)
    {
        ["media"] = Catalog.MediaQueries.PageAsync,
        ["users"] = UserQueries.PageAsync,
        ["mediaList"] = MediaListQueries.PageAsync,
    };

    public static void Register(SchemaBuilder builder)
    {
        builder.Types.For("Query").FieldFor("Page").Resolver = new FuncFieldResolver<PageResult>(ResolvePageAsync);
        builder.Types.For("Page").FieldFor("pageInfo").Resolver = new FuncFieldResolver<PageResult, PageInfoModel>(c => c.Source.PageInfo);
        foreach (var field in Queries.Keys)
        {
            builder.Types.For("Page").FieldFor(field).Resolver = new FuncFieldResolver<PageResult, IReadOnlyList<object>>(c =>
                c.Source.DataField == c.FieldDefinition.Name ? c.Source.Items : []);
        }
    }

    private static async ValueTask<PageResult?> ResolvePageAsync(IResolveFieldContext context)
    {
        // AniList: a perPage over 50 gives 50; pages count from 1.
        var perPage = Math.Clamp(context.GetArgument("perPage", MaxPerPage), 1, MaxPerPage);
        var page = Math.Max(context.GetArgument("page", 1), 1);

        var (field, fieldType) = context.SubFields?.Values
            .Select(sub => (sub.Field, sub.FieldType))
            .FirstOrDefault(sub => Queries.ContainsKey(sub.FieldType.Name)) ?? default;
        if (field is null)
        {
            return new PageResult(new PageInfoModel(0, perPage, page, 1, false), null, []);
        }

        var arguments = ExecutionHelper.GetArguments(
            fieldType.Arguments!, field.Arguments, context.Variables, context.Document, field, null)
            ?? new Dictionary<string, ArgumentValue>();
        var slice = await Queries[fieldType.Name](new PageRequest(context, arguments, page, perPage));
        var lastPage = Math.Max(1, (slice.Total + perPage - 1) / perPage);
        return new PageResult(new PageInfoModel(slice.Total, perPage, page, lastPage, page < lastPage), fieldType.Name, slice.Items);
    }
}
