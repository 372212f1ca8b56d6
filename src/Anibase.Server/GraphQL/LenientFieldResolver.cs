using System.Collections.Concurrent;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;

namespace Anibase.Server.GraphQL;

/// <summary>
/// The resolver of every field without one of its own: the source's property of that name, or
/// null when the source has none, which is what AniList answers for data it lacks. (GraphQL.NET's
/// default resolver errors on a missing property.)
/// </summary>
internal sealed class LenientFieldResolver : IFieldResolver
{
    public static readonly LenientFieldResolver Instance = new();

    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var source = context.Source;
        if (source is null)
        {
            return ValueTask.FromResult<object?>(null);
        }

        var name = context.FieldDefinition.Name;
        if (source is IReadOnlyDictionary<string, object?> dictionary)
        {
            return ValueTask.FromResult(dictionary.GetValueOrDefault(name));
        }

        var property = Properties.GetOrAdd((source.GetType(), name), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        return ValueTask.FromResult(property?.GetValue(source));
    }
}
