using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Anibase.Server.GraphQL.Limits;
using Anibase.Server.Tests.Infrastructure;
using GraphQL;
using GraphQLParser;
using Microsoft.AspNetCore.Hosting;

namespace Anibase.Server.Tests.GraphQL;

/// <summary>
/// What one request may ask: AniList's complexity cap with AniList's numbers and message, a depth
/// cap, a root-field cap, a body-size cap, and introspection that every tool's standard query
/// passes but a looping one does not.
/// </summary>
public sealed class LimitsTests(LimitsTests.App app) : IClassFixture<LimitsTests.App>
{
    /// <summary>The default caps, without the rate limit (these tests send many requests).</summary>
    public sealed class App : AnibaseApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Anibase:RateLimit:PermitLimit", "0");
        }
    }

    /// <summary>Counted by hand: every field 1 plus its children; __schema and all under it 0.</summary>
    [Theory]
    [InlineData("{ Media(id: 1) { id } }", 2)]
    [InlineData("{ Media(id: 1) { id title { romaji english } } }", 5)]
    [InlineData("{ Media(id: 1) { id id id } }", 4)]
    [InlineData("{ a: Media(id: 1) { id } b: Media(id: 2) { id } }", 4)]
    [InlineData("{ Page { pageInfo { total } media { ...m } } } fragment m on Media { id title { romaji } }", 7)]
    [InlineData("{ a: Media(id: 1) { ...m } b: Media(id: 2) { ...m } } fragment m on Media { id title { romaji } }", 8)]
    [InlineData("{ Media(id: 1) { ... on Media { id } ... { idMal } } }", 3)]
    [InlineData("{ Page { __typename pageInfo { total } } }", 4)]
    [InlineData("{ __schema { types { name fields { name } } } Media(id: 1) { id } }", 2)]
    [InlineData("{ __type(name: \"Media\") { name fields { name } } }", 4)]
    [InlineData("{ Media(id: 1) { id title @skip(if: true) { romaji } } }", 2)]
    [InlineData("{ Media(id: 1) { id title @include(if: false) { romaji } } }", 2)]
    [InlineData("query ($t: Boolean = false) { Media(id: 1) { id title @include(if: $t) { romaji } } }", 2)]
    [InlineData("query ($t: Boolean!) { Media(id: 1) { id title @include(if: $t) { romaji } } }", 4)]
    [InlineData("mutation { SaveMediaListEntry(mediaId: 1, status: CURRENT) { id status media { id } } }", 5)]
    public void Complexity_IsAniListsCount(string query, int expected)
    {
        var operation = Assert.Single(DocumentMeasurer.Measure(Parser.Parse(query), Inputs.Empty)!);

        Assert.Equal(expected, operation.Complexity);
    }

    [Fact]
    public void Complexity_OfConditionalField_FollowsTheVariables()
    {
        var document = Parser.Parse("query ($t: Boolean!) { Media(id: 1) { id title @skip(if: $t) { romaji } } }");

        Assert.Equal(2, DocumentMeasurer.Measure(document, Variables(("t", true)))![0].Complexity);
        Assert.Equal(4, DocumentMeasurer.Measure(document, Variables(("t", false)))![0].Complexity);
    }

    [Theory]
    [InlineData("{ Media(id: 1) { id } }", 2)]
    [InlineData("{ Media(id: 1) { title { romaji } } __typename }", 3)]
    [InlineData("{ ...q } fragment q on Query { Media(id: 1) { ...m } } fragment m on Media { title { romaji } }", 3)]
    [InlineData("{ __schema { types { fields { type { name } } } } Media(id: 1) { id } }", 2)]
    public void Depth_IsTheLongestChainOfDataFields(string query, int expected)
    {
        var operation = Assert.Single(DocumentMeasurer.Measure(Parser.Parse(query), Inputs.Empty)!);

        Assert.Equal(expected, operation.Depth);
    }

    [Fact]
    public async Task Complexity_OfExactly500_Passes()
    {
        var (response, body) = await PostAsync(PageInfoTotals(498));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    [Theory]
    [InlineData(499, 501)]
    [InlineData(523, 525)]
    public async Task Complexity_Over500_Is400WithAniListsMessage(int totals, int complexity)
    {
        var (response, body) = await PostAsync(PageInfoTotals(totals));

        AssertRefused(response, body, $"Max query complexity should be 500 but got {complexity}.");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Complexity_IgnoresSchema_AndCountsType()
    {
        var (schemaAtCap, _) = await PostAsync(PageInfoTotals(498, "__schema { types { name } }"));
        var (typeAtCap, _) = await PostAsync(PageInfoTotals(496, "__type(name: \"Media\") { name }"));
        var (typeOverCap, body) = await PostAsync(PageInfoTotals(497, "__type(name: \"Media\") { name }"));

        Assert.Equal(HttpStatusCode.OK, schemaAtCap.StatusCode);
        Assert.Equal(HttpStatusCode.OK, typeAtCap.StatusCode);
        AssertRefused(typeOverCap, body, "Max query complexity should be 500 but got 501.");
    }

    [Fact]
    public async Task Depth_Of15_Passes()
    {
        var (response, body) = await PostAsync(NestedRelations(levels: 15));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    [Fact]
    public async Task Depth_Over15_Is400()
    {
        var (response, body) = await PostAsync(NestedRelations(levels: 16));

        AssertRefused(response, body, "Max query depth should be 15 but got 16.");
    }

    [Fact]
    public async Task RootFields_Over100_Is400()
    {
        var (atCap, _) = await PostAsync(RootTypenames(100));
        var (overCap, body) = await PostAsync(RootTypenames(101));

        Assert.Equal(HttpStatusCode.OK, atCap.StatusCode);
        AssertRefused(overCap, body, "Max root fields should be 100 but got 101.");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(9)]
    public async Task StandardIntrospectionQuery_PassesEveryCap(int typeDepth)
    {
        var (response, body) = await PostAsync(StandardIntrospectionQuery(typeDepth));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString()[..Math.Min(500, body.ToString().Length)]);
        Assert.True(body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 100);
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }")]
    [InlineData("{ __schema { types { a: fields { name } b: fields { name } } } }")]
    [InlineData("{ a: __schema { types { name } } b: __schema { types { name } } }")]
    public async Task LoopingIntrospection_Is400(string query)
    {
        var (response, body) = await PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Introspection may ask for __schema or __type once", Message(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FragmentsSpreadTwiceOver30Levels_AreRefusedAtOnce(bool usedByTheOperation)
    {
        var document = new StringBuilder(usedByTheOperation ? "{ ...F0 }\n" : "{ __typename }\n");
        for (var i = 0; i < 30; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        document.Append("fragment F30 on Query { __typename }\n");
        var stopwatch = Stopwatch.StartNew();

        var (response, body) = await PostAsync(document.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Query too large", Message(body), StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task ThousandsOfSkippedFields_AreRefused()
    {
        var ids = string.Concat(Enumerable.Repeat(" id", 2100));

        var (response, body) = await PostAsync($"{{ Media(id: 1) @skip(if: true) {{{ids} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Query too large", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_AtTheCap_IsRead()
    {
        var json = PaddedRequest(64 * 1024);

        var response = await app.CreateClient().PostAsync("/graphql", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_OverTheCap_Is413(bool withContentLength)
    {
        var json = PaddedRequest(64 * 1024 + 1);
        HttpContent content = withContentLength
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await app.CreateClient().PostAsync("/graphql", content);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(413, error.GetProperty("status").GetInt32());
        Assert.Equal("Request body too large: the limit is 65536 bytes.", error.GetProperty("message").GetString());
    }

    [Fact]
    public void ClientQueries_PassEveryCap()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "GraphQL", "ClientQueries"), "*.graphql");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var operation in DocumentMeasurer.Measure(Parser.Parse(File.ReadAllText(file)), Inputs.Empty)!)
            {
                Assert.True(operation.Complexity <= 500 && operation.Depth <= 15, $"{Path.GetFileName(file)}: {operation.Complexity}, depth {operation.Depth}");
            }
        }
    }

    /// <summary><c>Page</c> (1), <c>pageInfo</c> (1) and <paramref name="count"/> <c>total</c>s: no data needed.</summary>
    private static string PageInfoTotals(int count, string besides = "") =>
        $"{{ Page {{ pageInfo {{{string.Concat(Enumerable.Repeat(" total", count))} }} }} {besides} }}";

    /// <summary><paramref name="levels"/> fields deep: Page, media, then relations, edges, node… and a __typename.</summary>
    private static string NestedRelations(int levels)
    {
        string[] cycle = ["relations", "edges", "node"];
        var path = new List<string> { "Page", "media" };
        while (path.Count < levels - 1)
        {
            path.Add(cycle[(path.Count - 2) % 3]);
        }

        return "{ " + string.Join(" { ", path) + " { __typename" + string.Concat(Enumerable.Repeat(" }", path.Count)) + " }";
    }

    private static string RootTypenames(int count) =>
        "{" + string.Concat(Enumerable.Range(0, count).Select(i => $" t{i}: __typename")) + " }";

    /// <summary>graphql-js's <c>getIntrospectionQuery()</c>, the query GraphiQL and most tools send.</summary>
    private static string StandardIntrospectionQuery(int typeDepth)
    {
        var typeRef = new StringBuilder("kind name");
        for (var i = 0; i < typeDepth; i++)
        {
            typeRef.Append(" ofType { name kind");
        }

        typeRef.Append(string.Concat(Enumerable.Repeat(" }", typeDepth)));
        return $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name kind }
                mutationType { name kind }
                subscriptionType { name kind }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) {
                name description
                args { ...InputValue }
                type { ...TypeRef }
                isDeprecated deprecationReason
              }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;
    }

    /// <summary>A request body of exactly <paramref name="bytes"/> bytes: a small query padded with spaces.</summary>
    private static string PaddedRequest(int bytes)
    {
        const string Head = "{\"query\":\"{ __typename ";
        const string Tail = "}\"}";
        return Head + new string(' ', bytes - Head.Length - Tail.Length) + Tail;
    }

    private static Inputs Variables(params (string Name, object? Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value));

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string query) =>
        await GraphQLCalls.PostAsync(app.CreateClient(), query);

    private static string? Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString();

    private static void AssertRefused(HttpResponseMessage response, JsonElement body, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(400, error.GetProperty("status").GetInt32());
    }

    /// <summary>A body whose length is not known up front: sent chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
