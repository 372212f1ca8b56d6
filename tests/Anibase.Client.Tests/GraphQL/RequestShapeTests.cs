using System.Net;
using System.Text.Json;
using Anibase.Client.GraphQL;
using Anibase.Client.Tests.Infrastructure;
using static Anibase.Client.Tests.Infrastructure.StubHandler;

namespace Anibase.Client.Tests.GraphQL;

/// <summary>What goes over the wire: AniList's request body, the bearer token, enums as AniList spells them.</summary>
public sealed class RequestShapeTests
{
    [Fact]
    public async Task Request_PostsQueryVariablesAndOperationNameWithTheBearerToken()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK, """{"data":{"SaveMediaListEntry":{"id":7,"status":"REPEATING"}}}"""));
        var client = new AniListGraphQLClient(stub.CreateClient(), new AniListGraphQLOptions { GraphQLUrl = new Uri("http://anibase.test/graphql") });

        var response = await client.SendAsync<SaveData>(new AniListRequest("mutation Save($mediaId: Int, $status: MediaListStatus) { SaveMediaListEntry(mediaId: $mediaId, status: $status) { id status } }")
        {
            Variables = new { mediaId = 5, status = MediaListStatus.Repeating },
            OperationName = "Save",
            AccessToken = "token-1",
        });

        Assert.Equal(MediaListStatus.Repeating, response.Data.SaveMediaListEntry.Status);
        var sent = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("http://anibase.test/graphql", sent.Uri.ToString());
        Assert.Equal("Bearer token-1", sent.Authorization);
        Assert.Equal("application/json", sent.ContentType);
        var body = JsonDocument.Parse(sent.Body).RootElement;
        Assert.StartsWith("mutation Save(", body.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, body.GetProperty("variables").GetProperty("mediaId").GetInt32());
        Assert.Equal("REPEATING", body.GetProperty("variables").GetProperty("status").GetString());
        Assert.Equal("Save", body.GetProperty("operationName").GetString());
    }

    [Fact]
    public async Task Request_WithoutTokenOrVariables_SendsNeither()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK, """{"data":{"GenreCollection":["Action"]}}"""));

        var data = await new AniListGraphQLClient(stub.CreateClient()).QueryAsync<JsonElement>("{ GenreCollection }");

        Assert.Equal("Action", data.GetProperty("GenreCollection")[0].GetString());
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("https://graphql.anilist.co/", sent.Uri.ToString());
        Assert.Null(sent.Authorization);
        Assert.Equal("""{"query":"{ GenreCollection }"}""", sent.Body);
    }

    public enum MediaListStatus
    {
        Current,
        Planning,
        Repeating,
    }

    public sealed record SaveData(Entry SaveMediaListEntry);

    public sealed record Entry(int Id, MediaListStatus Status);
}
