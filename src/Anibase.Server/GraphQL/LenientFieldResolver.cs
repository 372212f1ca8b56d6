using System.Collections.Concurrent;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Anibase.Server.GraphQL;

/// <summary>
/// The resolver of every field without one of its own: the source's property of that name. Where
/// Anibase has no data it answers as AniList does for missing data: an empty list for a list, an
/// empty connection for a connection, <c>false</c> for a non-null Boolean, else null. (GraphQL.NET's
/// default resolver errors on a missing property.)
/// </summary>
internal sealed class LenientFieldResolver : IFieldResolver
{
    public static readonly LenientFieldResolver Instance = new();

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    private static readonly IReadOnlyDictionary<string, object?> EmptyPageInfo = new Dictionary<string, object?>
    {
        ["total"] = 0,
        ["perPage"] = 0,
        ["currentPage"] = 1,
        ["lastPage"] = 1,
        ["hasNextPage"] = false,
    };

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
        ValueTask.FromResult(ValueOf(context.Source, context.FieldDefinition.Name) ?? Missing(context.FieldDefinition.ResolvedType));

    private static object? ValueOf(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.GetValueOrDefault(name);
            default:
                var property = Properties.GetOrAdd((source.GetType(), name), key =>
                    key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
                return property?.GetValue(source);
        }
    }

    private static object? Missing(IGraphType? type) => type switch
    {
        NonNullGraphType { ResolvedType: BooleanGraphType } => false,
        NonNullGraphType nonNull => Missing(nonNull.ResolvedType),
        ListGraphType => Array.Empty<object>(),
        IObjectGraphType connection when connection.Name.EndsWith("Connection", StringComparison.Ordinal) =>
            new Dictionary<string, object?> { ["edges"] = Array.Empty<object>(), ["nodes"] = Array.Empty<object>(), ["pageInfo"] = EmptyPageInfo },
        _ => null,
    };
}
