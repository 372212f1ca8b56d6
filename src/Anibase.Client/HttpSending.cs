namespace Anibase.Client;

internal static class HttpSending
{
    /// <summary>
    /// Sends and buffers the answer. HttpClient reports its own timeout as a cancellation; a caller
    /// that did not cancel gets a <see cref="TimeoutException"/> instead, so that catching
    /// <see cref="OperationCanceledException"/> only ever means "I cancelled".
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{request.RequestUri?.GetLeftPart(UriPartial.Authority)} did not answer within {http.Timeout.TotalSeconds:0.###} s.", exception);
        }
    }
}
