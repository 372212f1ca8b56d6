using System.Net;
using Anibase.Client.GraphQL;
using Anibase.Client.Tests.Infrastructure;
using static Anibase.Client.Tests.Infrastructure.StubHandler;

namespace Anibase.Client.Tests.GraphQL;

/// <summary>Each kind of error AniList answers with becomes the exception an app catches for it.</summary>
public sealed class GraphQLErrorTests
{
    private const string ViewerQuery = "query { Viewer { id name } }";

    [Fact]
    public async Task InvalidToken_400_ThrowsInvalidTokenException()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.BadRequest,
            """{"errors":[{"message":"Invalid token","status":400,"locations":[{"line":1,"column":9}]}],"data":null}"""));

        var error = await Assert.ThrowsAsync<AniListInvalidTokenException>(() => Client(stub).QueryAsync<ViewerData>(ViewerQuery, accessToken: "revoked"));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("Invalid token", error.Message);
        Assert.Equal(400, Assert.Single(error.Errors).Status);
    }

    [Fact]
    public async Task ViewerWithoutToken_401_ThrowsUnauthorizedException()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.Unauthorized,
            """{"data":{"Viewer":null},"errors":[{"message":"Unauthorized.","status":401,"locations":[{"line":1,"column":9}]}]}"""));

        var error = await Assert.ThrowsAsync<AniListUnauthorizedException>(() => Client(stub).QueryAsync<ViewerData>(ViewerQuery));

        Assert.Equal("Unauthorized.", error.Message);
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task MissingMedia_404_ThrowsNotFoundException()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.NotFound,
            """{"errors":[{"message":"Not Found.","status":404,"locations":[{"line":1,"column":3}]}],"data":{"Media":null}}"""));

        var error = await Assert.ThrowsAsync<AniListNotFoundException>(() => Client(stub).QueryAsync<ViewerData>("{ Media(id: 9) { id } }"));

        Assert.Equal("Not Found.", error.Message);
    }

    [Fact]
    public async Task Validation_ThrowsValidationExceptionWithEachFieldsMessages()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.BadRequest, """
            {"errors":[{"message":"validation","status":400,"locations":[{"line":1,"column":12}],
              "validation":{"mediaId":["The selected media id is invalid."],"score":["The score may not be greater than 100.","Another."]}}],
             "data":{"SaveMediaListEntry":null}}
            """));

        var error = await Assert.ThrowsAsync<AniListValidationException>(() => Client(stub).QueryAsync<ViewerData>("mutation { SaveMediaListEntry(mediaId: 0) { id } }"));

        Assert.Equal(["The selected media id is invalid."], error.Validation["mediaId"]);
        Assert.Equal(["The score may not be greater than 100.", "Another."], error.Validation["score"]);
        Assert.Contains("The selected media id is invalid.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherError_ThrowsBaseExceptionWithTheServersMessage()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.BadRequest,
            """{"errors":[{"message":"Max query complexity should be 500 but got 525.","status":400}],"data":null}"""));

        var error = await Assert.ThrowsAsync<AniListGraphQLException>(() => Client(stub).QueryAsync<ViewerData>(ViewerQuery));

        Assert.Equal(typeof(AniListGraphQLException), error.GetType());
        Assert.Equal("Max query complexity should be 500 but got 525.", error.Message);
    }

    [Fact]
    public async Task ErrorsInAnHttp200_AreStillErrors()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK,
            """{"data":{"Viewer":null},"errors":[{"message":"Unauthorized.","status":401}]}"""));

        await Assert.ThrowsAsync<AniListUnauthorizedException>(() => Client(stub).QueryAsync<ViewerData>(ViewerQuery));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "<html><body>Maintenance</body></html>")]
    [InlineData(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>")]
    [InlineData(HttpStatusCode.OK, """{"data":{"Viewer":{"id":1""")]
    public async Task MalformedJson_ThrowsWithTheStatusAndTheParserError(HttpStatusCode status, string body)
    {
        var stub = new StubHandler(() => new HttpResponseMessage(status) { Content = new StringContent(body) });

        var error = await Assert.ThrowsAsync<AniListGraphQLException>(() => Client(stub).QueryAsync<ViewerData>(ViewerQuery));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task ServerErrorWithoutErrors_ThrowsWithTheStatus()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.InternalServerError, "{}"));

        var error = await Assert.ThrowsAsync<AniListGraphQLException>(() => Client(stub).QueryAsync<ViewerData>(ViewerQuery));

        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public async Task NoAnswerInTime_ThrowsTimeoutException()
    {
        using var silent = new SilentHandler();
        using var http = new HttpClient(silent) { Timeout = TimeSpan.FromMilliseconds(50) };

        var error = await Assert.ThrowsAsync<TimeoutException>(() => new AniListGraphQLClient(http).QueryAsync<ViewerData>(ViewerQuery));

        Assert.Contains("graphql.anilist.co", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        using var silent = new SilentHandler();
        using var http = new HttpClient(silent);
        using var cancellation = new CancellationTokenSource();
        var query = new AniListGraphQLClient(http).QueryAsync<ViewerData>(ViewerQuery, cancellationToken: cancellation.Token);

        await silent.Received.Task;
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query);
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    private static AniListGraphQLClient Client(StubHandler stub) => new(stub.CreateClient());

    public sealed record ViewerData(Viewer? Viewer);

    public sealed record Viewer(int Id, string Name);

    /// <summary>A server that takes the request and never answers.</summary>
    private sealed class SilentHandler : HttpMessageHandler
    {
        public TaskCompletionSource Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Received.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new System.Diagnostics.UnreachableException();
        }
    }
}
