using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQL.SystemTextJson;

namespace Anibase.Server.GraphQL;

internal static class GraphQLRegistration
{
    public static void AddAnibaseGraphQL(this WebApplicationBuilder builder)
    {
        // The schema is immutable once built and safe to share across requests.
        builder.Services.AddSingleton(_ => AniListSchema.Build());
        // Resolvers share the request's DbContext, which allows one operation at a time: run the
        // fields of queries one after another, as mutations are.
        builder.Services.AddSingleton<IDocumentExecuter>(new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
            []));
        builder.Services.AddSingleton<IGraphQLTextSerializer>(
            new GraphQLSerializer(options => options.Converters.Add(new AniListErrorJsonConverter())));
    }
}
