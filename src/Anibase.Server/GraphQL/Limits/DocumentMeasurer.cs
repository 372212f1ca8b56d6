using GraphQL;
using GraphQLParser.AST;

namespace Anibase.Server.GraphQL.Limits;

/// <summary>
/// Measures a parsed document before GraphQL.NET validates it. Validation (and GraphQL.NET's own
/// complexity analyser) expands a fragment every time it is spread, so a kilobyte of fragments
/// that each spread the next one twice keeps it busy for minutes. This walk gives up after a
/// fixed number of selections, whatever the document, and also walks the fragments no operation
/// spreads, which validation walks too.
/// </summary>
internal sealed class DocumentMeasurer
{
    /// <summary>
    /// Selections in one document, fragments expanded, skipped ones included. Real documents stay
    /// far below it: the complexity cap holds their fields to 500, and the standard introspection
    /// query has about 250. Validation's worst case at this size (two thousand copies of one
    /// field under <c>@skip</c>, which GraphQL.NET compares pairwise) takes about 0.2 s.
    /// </summary>
    public const int MaxSelections = 2000;

    /// <summary>Fields and fragments nested in one another; only fragment chains get near it.</summary>
    public const int MaxNesting = 100;

    /// <summary>
    /// Introspection's loops: <c>__Type</c>'s list fields lead back to types, so each may appear
    /// once, like the root fields that start introspection (graphql-java's "good faith" rule).
    /// </summary>
    private static readonly string[] OnceOnly = ["__schema", "__type", "fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly GraphQLDocument document;
    private readonly Inputs variables;
    private readonly HashSet<GraphQLFragmentDefinition> expanding = [];
    private readonly HashSet<GraphQLFragmentDefinition> reached = [];
    private Dictionary<string, GraphQLFragmentDefinition>? fragments;
    private GraphQLOperationDefinition? operation;
    private OperationMeasure measure = new();
    private int[]? onceCounts;
    private int selections;
    private bool overflowed;

    private DocumentMeasurer(GraphQLDocument document, Inputs variables)
    {
        this.document = document;
        this.variables = variables;
    }

    private enum Zone
    {
        Data,
        /// <summary>Under <c>__schema</c>: counted for introspection's own caps, free for complexity.</summary>
        Schema,
        /// <summary>Under <c>__type</c>: counted for introspection's caps and for complexity.</summary>
        Type,
        /// <summary>Left out by <c>@skip</c>/<c>@include</c>: only validation's work is counted.</summary>
        Skipped,
    }

    /// <summary>Each operation's measure, or null when the document is too large to measure.</summary>
    public static IReadOnlyList<OperationMeasure>? Measure(GraphQLDocument document, Inputs? variables)
    {
        var measurer = new DocumentMeasurer(document, variables ?? Inputs.Empty);
        var operations = new List<OperationMeasure>(1);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            operations.Add(measurer.MeasureOperation(operation));
            if (measurer.overflowed)
            {
                return null;
            }
        }

        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            if (measurer.reached.Add(fragment))
            {
                measurer.Walk(fragment.SelectionSet, Zone.Skipped, depth: 0, nesting: 0);
                if (measurer.overflowed)
                {
                    return null;
                }
            }
        }

        return operations;
    }

    private OperationMeasure MeasureOperation(GraphQLOperationDefinition definition)
    {
        operation = definition;
        measure = new OperationMeasure();
        onceCounts = null;
        measure.Complexity = Walk(definition.SelectionSet, Zone.Data, depth: 0, nesting: 0);
        operation = null;
        return measure;
    }

    /// <returns>The selection set's complexity.</returns>
    private int Walk(GraphQLSelectionSet selectionSet, Zone zone, int depth, int nesting)
    {
        if (nesting > MaxNesting)
        {
            overflowed = true;
            return 0;
        }

        var complexity = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (++selections > MaxSelections)
            {
                overflowed = true;
            }

            if (overflowed)
            {
                return 0;
            }

            complexity += selection switch
            {
                GraphQLField field => Field(field, zone, depth, nesting),
                GraphQLInlineFragment inline => Walk(inline.SelectionSet, Including(inline.Directives, zone), depth, nesting + 1),
                GraphQLFragmentSpread spread => Spread(spread, zone, depth, nesting),
                _ => 0,
            };
        }

        return complexity;
    }

    private int Field(GraphQLField field, Zone zone, int depth, int nesting)
    {
        zone = Including(field.Directives, zone);
        if (zone == Zone.Data && depth == 0)
        {
            measure.RootFields++;
            if (field.Name == "__schema" || field.Name == "__type")
            {
                return Introspection(field, field.Name == "__schema" ? Zone.Schema : Zone.Type, depth, nesting);
            }
        }

        switch (zone)
        {
            case Zone.Data:
                measure.Depth = Math.Max(measure.Depth, depth + 1);
                return 1 + Children(field, zone, depth, nesting);
            case Zone.Skipped:
                Children(field, zone, depth, nesting);
                return 0;
            default:
                return Introspection(field, zone, depth, nesting);
        }
    }

    private int Introspection(GraphQLField field, Zone zone, int depth, int nesting)
    {
        measure.IntrospectionFields++;
        measure.IntrospectionDepth = Math.Max(measure.IntrospectionDepth, depth + 1);
        CountOnceOnly(field.Name);
        var children = Children(field, zone, depth, nesting);
        return zone == Zone.Schema ? 0 : 1 + children;
    }

    private int Children(GraphQLField field, Zone zone, int depth, int nesting) =>
        field.SelectionSet is { } children ? Walk(children, zone, depth + 1, nesting + 1) : 0;

    private int Spread(GraphQLFragmentSpread spread, Zone zone, int depth, int nesting)
    {
        // An unknown or cyclic fragment is validation's to report; it adds nothing here.
        if (FragmentNamed(spread.FragmentName.Name.StringValue) is not { } fragment || !expanding.Add(fragment))
        {
            return 0;
        }

        reached.Add(fragment);

        var complexity = Walk(fragment.SelectionSet, Including(spread.Directives, zone), depth, nesting + 1);
        expanding.Remove(fragment);
        return complexity;
    }

    private GraphQLFragmentDefinition? FragmentNamed(string name)
    {
        fragments ??= document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
        return fragments.GetValueOrDefault(name);
    }

    private void CountOnceOnly(GraphQLName name)
    {
        for (var i = 0; i < OnceOnly.Length; i++)
        {
            if (name == OnceOnly[i])
            {
                onceCounts ??= new int[OnceOnly.Length];
                measure.RepeatedIntrospection = Math.Max(measure.RepeatedIntrospection, ++onceCounts[i]);
                return;
            }
        }
    }

    private Zone Including(GraphQLDirectives? directives, Zone zone) =>
        zone != Zone.Skipped && !IsIncluded(directives) ? Zone.Skipped : zone;

    private bool IsIncluded(GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return true;
        }

        foreach (var directive in directives.Items)
        {
            if ((directive.Name == "skip" && Condition(directive) == true)
                || (directive.Name == "include" && Condition(directive) == false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The directive's <c>if</c> when it is known before execution: a literal, or a variable given
    /// (or defaulted) as a Boolean. Anything else leaves the field in, as webonyx counts it.
    /// </summary>
    private bool? Condition(GraphQLDirective directive)
    {
        foreach (var argument in directive.Arguments?.Items ?? [])
        {
            if (argument.Name == "if")
            {
                return argument.Value switch
                {
                    GraphQLBooleanValue literal => literal.BoolValue,
                    GraphQLVariable variable => VariableValue(variable.Name),
                    _ => null,
                };
            }
        }

        return null;
    }

    private bool? VariableValue(GraphQLName name)
    {
        if (variables.TryGetValue(name.StringValue, out var value))
        {
            return value as bool?;
        }

        foreach (var definition in operation?.Variables?.Items ?? [])
        {
            if (definition.Variable.Name == name)
            {
                return (definition.DefaultValue as GraphQLBooleanValue)?.BoolValue;
            }
        }

        return null;
    }
}
