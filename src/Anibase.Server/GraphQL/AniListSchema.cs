using System.Reflection;
using Anibase.Server.GraphQL.Scalars;
using Anibase.Server.GraphQL.Users;
using GraphQL.Conversion;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Anibase.Server.GraphQL;

/// <summary>
/// Anibase's GraphQL schema, built from AniList's SDL (schema-first) so that every type, field,
/// argument and nullability is AniList's. Each feature attaches its resolvers; every other field
/// resolves leniently to the source's property or null, as AniList does for data it lacks.
/// </summary>
internal static class AniListSchema
{
    /// <summary>Each feature's resolvers, attached by type and field name.</summary>
    private static readonly Action<SchemaBuilder>[] Resolvers =
    [
        UserResolvers.Register,
        Catalog.MediaResolvers.Register,
        Lists.ListResolvers.Register,
        Paging.PageResolvers.Register,
    ];

    public static ISchema Build()
    {
        var schema = Schema.For(ReadSdl(), builder =>
        {
            foreach (var register in Resolvers)
            {
                register(builder);
            }

            // Anibase returns no activities, notifications or likes yet: no union value is ever resolved.
            foreach (var union in (string[])["NotificationUnion", "ActivityUnion", "LikeableUnion"])
            {
                builder.Types.For(union).ResolveType = _ => null!;
            }
        });
        // AniList's root fields are PascalCase (Viewer, Media); the default converter would camel-case them.
        schema.NameConverter = DefaultNameConverter.Instance;
        schema.Filter = new AniListSchemaFilter();
        // `scalar` lines in the SDL only name these; their behaviour is registered here. ID is
        // unused but listed by AniList, so it is listed here too.
        schema.RegisterType(new JsonGraphType());
        schema.RegisterType(new CountryCodeGraphType());
        schema.RegisterType(new FuzzyDateIntGraphType());
        schema.RegisterType(new IdGraphType());
        schema.Initialize();

        MatchAniListsMetaSchema(schema);
        foreach (var objectType in schema.AllTypes.OfType<IObjectGraphType>())
        {
            foreach (var field in objectType.Fields.Where(f => f.Resolver is null))
            {
                field.Resolver = LenientFieldResolver.Instance;
            }
        }

        return schema;
    }

    /// <summary>
    /// Where GraphQL.NET's introspection differs from AniList's: AniList deprecates
    /// <c>Media.seasonInt</c> with an empty reason (GraphQL.NET treats an empty reason as not
    /// deprecated), and words two meta-schema deprecations differently.
    /// </summary>
    private static void MatchAniListsMetaSchema(Schema schema)
    {
        var field = (IObjectGraphType)schema.AllTypes["__Field"]!;
        field.GetField("isDeprecated")!.Resolver = new FuncFieldResolver<IFieldType, bool>(c => c.Source!.DeprecationReason is not null);
        var directive = (IObjectGraphType)schema.AllTypes["__Directive"]!;
        foreach (var name in (string[])["onOperation", "onFragment", "onField"])
        {
            directive.GetField(name)!.DeprecationReason = "Use `locations`.";
        }
    }

    private static string ReadSdl()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("Anibase.Server.GraphQL.Schema.anilist.graphqls")
            ?? throw new InvalidOperationException("The embedded AniList schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
