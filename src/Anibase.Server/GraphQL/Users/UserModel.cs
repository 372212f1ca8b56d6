namespace Anibase.Server.GraphQL.Users;

/// <summary>The fields of AniList's <c>User</c> type that Anibase has data for.</summary>
internal sealed record UserModel(int Id, string Name);
