using GraphQL;
using GraphQL.Execution;

namespace Anibase.Server.GraphQL.Paging;

/// <summary>
/// What a <c>Page</c> data field (<c>media</c>, <c>users</c>, <c>mediaList</c>) is asked for: its
/// own arguments, evaluated with the request's variables, and the page window.
/// </summary>
public sealed class PageRequest(IResolveFieldContext pageContext, IDictionary<string, ArgumentValue> arguments, int page, int perPage)
{
    /// <summary>The <c>Page</c> field's context: its user, services and cancellation token.</summary>
    public IResolveFieldContext Context { get; } = pageContext;

    public int Page { get; } = page;

    public int PerPage { get; } = perPage;

    public int Skip => (Page - 1) * PerPage;

    public T? Get<T>(string name) =>
        arguments.TryGetValue(name, out var value) && value.Value is not null ? ConvertValue<T>(value.Value) : default;

    /// <summary>An argument's value as GraphQL.NET coerced it (int, string, list…), or null.</summary>
    public object? Raw(string name) => arguments.TryGetValue(name, out var value) ? value.Value : null;

    public bool Has(string name) => arguments.TryGetValue(name, out var value) && value.Value is not null;

    private static T? ConvertValue<T>(object value) =>
        value is T typed ? typed : global::GraphQL.ValueConverter.ConvertTo<T>(value);
}
