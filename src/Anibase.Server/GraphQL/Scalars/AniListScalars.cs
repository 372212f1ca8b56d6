using GraphQL.Types;
using GraphQLParser.AST;

namespace Anibase.Server.GraphQL.Scalars;

/// <summary>AniList's <c>Json</c>: any JSON value, passed through as it is.</summary>
internal sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType() => Name = "Json";

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => (string)s.Value,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => (string)f.Name.Value, f => ParseLiteral(f.Value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;
}

/// <summary>AniList's <c>CountryCode</c>: an ISO 3166-1 alpha-2 code, as a string.</summary>
internal sealed class CountryCodeGraphType : StringGraphType
{
    public CountryCodeGraphType() => Name = "CountryCode";
}

/// <summary>AniList's <c>FuzzyDateInt</c>: a date as YYYYMMDD, unknown parts 0 (20170000 is "2017").</summary>
internal sealed class FuzzyDateIntGraphType : IntGraphType
{
    public FuzzyDateIntGraphType() => Name = "FuzzyDateInt";
}
