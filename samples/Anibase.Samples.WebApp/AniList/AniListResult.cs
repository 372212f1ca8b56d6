using System.Diagnostics.CodeAnalysis;

namespace Anibase.Samples.WebApp.AniList;

/// <summary>A value from the AniList server, or the reason there is none.</summary>
public sealed record AniListResult<T>(T? Value, AniListFailure? Failure)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Value is not null;
}
