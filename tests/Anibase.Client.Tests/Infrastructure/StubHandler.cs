using System.Net;
using System.Text;

namespace Anibase.Client.Tests.Infrastructure;

/// <summary>A request as the stub received it, its body read to text.</summary>
public sealed record SentRequest(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string Body);

/// <summary>
/// A server that answers from a script, one answer per request in order, and keeps what it was
/// sent: for the answers a real server gives only rarely (429s, broken JSON, silence).
/// </summary>
public sealed class StubHandler(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private int next;

    public List<SentRequest> Requests { get; } = [];

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public HttpClient CreateClient() => new(this);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new SentRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType, body));
        var index = Interlocked.Increment(ref next) - 1;
        if (index >= answers.Length)
        {
            throw new InvalidOperationException($"The stub was sent {index + 1} requests but has {answers.Length} answers.");
        }

        var response = answers[index]();
        response.RequestMessage = request;
        return response;
    }
}
