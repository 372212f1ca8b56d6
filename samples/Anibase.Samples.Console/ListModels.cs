namespace Anibase.Samples.Console;

// The sample's own types for the two queries' data: System.Text.Json fills them in.

public sealed record ViewerData(Viewer Viewer);

public sealed record Viewer(int Id, string Name, string? SiteUrl);

public sealed record ListData(UserLists MediaListCollection);

public sealed record UserLists(IReadOnlyList<UserList> Lists);

public sealed record UserList(string Name, IReadOnlyList<ListEntry> Entries);

public sealed record ListEntry(int Progress, double? Score, ListMedia Media);

public sealed record ListMedia(int Id, int? Episodes, MediaTitle Title);

public sealed record MediaTitle(string? UserPreferred, string? English, string? Native)
{
    public override string ToString() => UserPreferred ?? English ?? Native ?? "?";
}
