using System.Reflection;
using Anibase.Server.GraphQL.Users;
using GraphQL.Conversion;
using GraphQL.Types;

namespace Anibase.Server.GraphQL;

/// <summary>
/// Anibase's GraphQL schema, built from AniList's SDL (schema-first) so that names, types and
/// nullability are AniList's; resolvers are attached per root field.
/// </summary>
internal static class AniListSchema
{
    public static ISchema Build()
    {
        var schema = Schema.For(ReadSdl(), builder =>
        {
            ViewerResolver.Register(builder);
        });
        // AniList's root fields are PascalCase (Viewer, Media); the default converter would camel-case them.
        schema.NameConverter = DefaultNameConverter.Instance;
        schema.Initialize();
        return schema;
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
