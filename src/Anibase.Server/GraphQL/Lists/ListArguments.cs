using System.Collections;
using System.Globalization;
using Anibase.Server.GraphQL.Paging;
using GraphQL;
using GraphQL.Execution;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// A field's arguments as GraphQL.NET coerced them (enum values are their names, lists are lists),
/// whether they come from the field itself or from a <c>Page</c> data field.
/// </summary>
internal sealed class ListArguments(Func<string, ArgumentValue?> argument)
{
    public static ListArguments Of(IResolveFieldContext context) =>
        new(name => context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value : null);

    public static ListArguments Of(PageRequest request) =>
        new(name => request.Has(name) ? new ArgumentValue(request.Raw(name), ArgumentSource.Literal) : null);

    /// <summary>True when the request gave the argument, even as an explicit null.</summary>
    public bool Provided(string name) => argument(name) is { Source: not ArgumentSource.FieldDefault };

    public object? Raw(string name) => argument(name)?.Value;

    public int? Int(string name) => Raw(name) is { } value and not string ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public double? Double(string name) => Raw(name) is { } value and not string ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public bool? Bool(string name) => Raw(name) as bool?;

    public string? String(string name) => Raw(name) as string;

    public IReadOnlyList<int>? Ints(string name) => ListOf(name)?.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<double>? Doubles(string name) => ListOf(name)?.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToList();

    public IReadOnlyList<string>? Strings(string name) => ListOf(name)?.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList();

    /// <summary>An input object's fields (e.g. a <c>FuzzyDateInput</c>), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Object(string name) => Raw(name) switch
    {
        IReadOnlyDictionary<string, object?> fields => fields,
        IDictionary<string, object?> fields => fields.AsReadOnly(),
        _ => null,
    };

    private IEnumerable<object>? ListOf(string name) => Raw(name) switch
    {
        null => null,
        string single => [single],
        IEnumerable list => list.Cast<object?>().OfType<object>(),
        var single => [single],
    };
}
