using Anibase.Server.GraphQL.Limits;
using Anibase.Server.Hosting;
using Anibase.Server.Hosting.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Anibase.Server.GraphQL;

internal static class GraphQLRegistration
{
    public static void AddAnibaseGraphQL(this WebApplicationBuilder builder)
    {
        // The schema is immutable once built and safe to share across requests.
        builder.Services.AddSingleton(_ => AniListSchema.Build());
        builder.Services.AddSingleton<IDocumentExecuter>(services =>
        {
            var documentBuilder = new GraphQLDocumentBuilder();
            var limits = services.GetRequiredService<IOptions<AnibaseOptions>>().Value.GraphQL;
            return new DocumentExecuter(
                documentBuilder,
                new DocumentValidator(),
                // Resolvers share the request's DbContext, which allows one operation at a time: run
                // the fields of queries one after another, as mutations are.
                new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]),
                [new QueryLimitsExecution(documentBuilder, limits)]);
        });
        builder.Services.AddSingleton<IGraphQLTextSerializer>(
            new GraphQLSerializer(options => options.Converters.Add(new AniListErrorJsonConverter())));
        builder.Services.AddApiRateLimiting();
    }
}
