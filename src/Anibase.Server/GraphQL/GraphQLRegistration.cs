using GraphQL;
using GraphQL.SystemTextJson;

namespace Anibase.Server.GraphQL;

internal static class GraphQLRegistration
{
    public static void AddAnibaseGraphQL(this WebApplicationBuilder builder)
    {
        // The schema is immutable once built and safe to share across requests.
        builder.Services.AddSingleton(_ => AniListSchema.Build());
        builder.Services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        builder.Services.AddSingleton<IGraphQLTextSerializer>(
            new GraphQLSerializer(options => options.Converters.Add(new AniListErrorJsonConverter())));
    }
}
