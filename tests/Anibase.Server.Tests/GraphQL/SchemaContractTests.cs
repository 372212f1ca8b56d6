using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Anibase.Server.Tests.GraphQL;

/// <summary>
/// The served schema, read back through introspection over HTTP, is AniList's: every type, field,
/// argument, input field, enum value, union member, nullability and deprecation of AniList's
/// public SDL (parsed independently of GraphQL.NET's schema builder), and nothing more.
/// </summary>
public sealed class SchemaContractTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    private const string IntrospectionQuery = """
        query {
          __schema {
            queryType { name } mutationType { name }
            types {
              kind name
              fields(includeDeprecated: true) { name isDeprecated deprecationReason type { ...T } args { name defaultValue type { ...T } } }
              inputFields { name defaultValue type { ...T } }
              enumValues(includeDeprecated: true) { name isDeprecated deprecationReason }
              possibleTypes { name }
            }
          }
        }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private static readonly HashSet<string> BuiltInScalars = ["Int", "Float", "String", "Boolean", "ID"];

    [Fact]
    public async Task Introspection_EqualsAniListsSdl()
    {
        var expected = FromSdl(await File.ReadAllTextAsync(ReferenceSdlPath()));
        var actual = await FromIntrospectionAsync();
        if (!expected.ContainsKey("__Schema"))
        {
            // The repository's copy leaves the meta-schema to GraphQL.NET; only AniList's published
            // SDL (in shared/) lists it, and then it is compared too.
            actual = actual.Where(fact => !fact.Key.StartsWith("__", StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);
        }

        var differences = expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(key => expected.GetValueOrDefault(key) != actual.GetValueOrDefault(key))
            .Select(key => $"{key}: AniList {expected.GetValueOrDefault(key) ?? "(absent)"}, Anibase {actual.GetValueOrDefault(key) ?? "(absent)"}")
            .ToList();

        Assert.True(expected.Count > 1000, $"The reference SDL yielded only {expected.Count} facts.");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join('\n', differences.Take(60)));
    }

    /// <summary>AniList's SDL as published (from shared/), else the repository's copy without descriptions.</summary>
    private static string ReferenceSdlPath()
    {
        var root = PostgresServer.RepositoryRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "anilist", "schema.graphqls"));
        return File.Exists(shared) ? shared : Path.Combine(root, "src", "Anibase.Server", "GraphQL", "Schema", "anilist.graphqls");
    }

    /// <summary>Every fact of the schema as "path → value": kinds, type references, defaults, deprecations.</summary>
    private static Dictionary<string, string> FromSdl(string sdl)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        var document = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.All });
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLScalarTypeDefinition scalar when !BuiltInScalars.Contains(scalar.Name.StringValue):
                    facts[scalar.Name.StringValue] = "SCALAR";
                    break;
                case GraphQLObjectTypeDefinition type:
                    facts[type.Name.StringValue] = "OBJECT";
                    foreach (var field in type.Fields?.Items ?? [])
                    {
                        var path = $"{type.Name.StringValue}.{field.Name.StringValue}";
                        facts[path] = Print(field.Type) + Deprecation(field.Directives);
                        foreach (var argument in field.Arguments?.Items ?? [])
                        {
                            facts[$"{path}({argument.Name.StringValue})"] = Print(argument.Type) + Default(argument.DefaultValue);
                        }
                    }

                    break;
                case GraphQLInputObjectTypeDefinition input:
                    facts[input.Name.StringValue] = "INPUT_OBJECT";
                    foreach (var field in input.Fields?.Items ?? [])
                    {
                        facts[$"{input.Name.StringValue}.{field.Name.StringValue}"] = Print(field.Type) + Default(field.DefaultValue);
                    }

                    break;
                case GraphQLEnumTypeDefinition enumType:
                    facts[enumType.Name.StringValue] = "ENUM";
                    foreach (var value in enumType.Values?.Items ?? [])
                    {
                        facts[$"{enumType.Name.StringValue}.{value.Name.StringValue}"] = "VALUE" + Deprecation(value.Directives);
                    }

                    break;
                case GraphQLUnionTypeDefinition union:
                    facts[union.Name.StringValue] = "UNION = " + string.Join(" | ", (union.Types?.Items ?? []).Select(t => t.Name.StringValue).Order(StringComparer.Ordinal));
                    break;
            }
        }

        return facts;
    }

    private async Task<Dictionary<string, string>> FromIntrospectionAsync()
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), IntrospectionQuery);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in body.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            var kind = type.GetProperty("kind").GetString()!;
            if (kind == "SCALAR" && BuiltInScalars.Contains(name))
            {
                continue;
            }

            facts[name] = kind == "UNION"
                ? "UNION = " + string.Join(" | ", type.GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal))
                : kind;
            foreach (var field in Items(type, "fields"))
            {
                var path = $"{name}.{field.GetProperty("name").GetString()}";
                facts[path] = Print(field.GetProperty("type")) + Deprecation(field);
                foreach (var argument in Items(field, "args"))
                {
                    facts[$"{path}({argument.GetProperty("name").GetString()})"] = Print(argument.GetProperty("type")) + Default(argument);
                }
            }

            foreach (var field in Items(type, "inputFields"))
            {
                facts[$"{name}.{field.GetProperty("name").GetString()}"] = Print(field.GetProperty("type")) + Default(field);
            }

            foreach (var value in Items(type, "enumValues"))
            {
                facts[$"{name}.{value.GetProperty("name").GetString()}"] = "VALUE" + Deprecation(value);
            }
        }

        return facts;
    }

    private static List<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException(type.Kind.ToString()),
    };

    private static string Print(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Print(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Print(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static string Deprecation(GraphQLDirectives? directives) =>
        directives?.FirstOrDefault(d => d.Name.StringValue == "deprecated") is { } deprecated
            ? " @deprecated(" + ((deprecated.Arguments?.Items[0].Value as GraphQLStringValue)?.Value.ToString() ?? "No longer supported") + ")"
            : "";

    private static string Deprecation(JsonElement element) =>
        element.GetProperty("isDeprecated").GetBoolean() ? $" @deprecated({element.GetProperty("deprecationReason").GetString()})" : "";

    private static string Default(GraphQLValue? value)
    {
        if (value is null)
        {
            return "";
        }

        using var writer = new StringWriter();
        new SDLPrinter().PrintAsync(value, writer).AsTask().GetAwaiter().GetResult();
        return " = " + writer;
    }

    private static string Default(JsonElement element) =>
        element.GetProperty("defaultValue").GetString() is { } value ? " = " + value : "";
}
