using Anibase.Server.Hosting;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Anibase.Server.GraphQL.Limits;

/// <summary>
/// Refuses a document that asks too much before GraphQL.NET validates or runs it: AniList's
/// complexity cap, a depth cap, a cap on root fields, and introspection asked in good faith.
/// Every operation in the document is measured, as webonyx does.
/// </summary>
internal sealed class QueryLimitsExecution(IDocumentBuilder documentBuilder, GraphQLOptions limits) : IConfigureExecution
{
    /// <summary>
    /// Introspection costs nothing towards complexity, as on AniList, so it has caps of its own,
    /// graphql-java's: wide enough for every tool's standard introspection query.
    /// </summary>
    public const int MaxIntrospectionFields = 500;

    public const int MaxIntrospectionDepth = 20;

    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // Parsed here once; the executer runs the parsed document.
        if (options.Document is null && options.Query is not null)
        {
            options.Document = documentBuilder.Build(options.Query);
        }

        return options.Document is { } document && Check(document, options.Variables) is { } error
            ? Task.FromResult(new ExecutionResult { Errors = [error], Executed = true })
            : next(options);
    }

    private AniListError? Check(GraphQLDocument document, Inputs? variables)
    {
        if (DocumentMeasurer.Measure(document, variables) is not { } operations)
        {
            return LimitErrors.TooLarge();
        }

        foreach (var operation in operations)
        {
            if (Exceeds(operation.Complexity, limits.MaxComplexity))
            {
                return LimitErrors.Complexity(limits.MaxComplexity, operation.Complexity);
            }

            if (Exceeds(operation.Depth, limits.MaxDepth))
            {
                return LimitErrors.Depth(limits.MaxDepth, operation.Depth);
            }

            if (Exceeds(operation.RootFields, limits.MaxRootFields))
            {
                return LimitErrors.RootFields(limits.MaxRootFields, operation.RootFields);
            }

            if (operation.RepeatedIntrospection > 1
                || operation.IntrospectionFields > MaxIntrospectionFields
                || operation.IntrospectionDepth > MaxIntrospectionDepth)
            {
                return LimitErrors.Introspection();
            }
        }

        return null;
    }

    private static bool Exceeds(int value, int cap) => cap > 0 && value > cap;
}
