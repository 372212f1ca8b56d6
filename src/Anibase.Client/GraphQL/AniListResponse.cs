namespace Anibase.Client.GraphQL;

/// <summary>A successful answer: its data, and the rate limit the server reported with it.</summary>
/// <typeparam name="TData">The caller's type for the <c>data</c> member.</typeparam>
/// <param name="Data">The <c>data</c> member, deserialized.</param>
/// <param name="RateLimit">The <c>X-RateLimit-*</c> headers of the answer.</param>
public sealed record AniListResponse<TData>(TData Data, AniListRateLimit RateLimit);
