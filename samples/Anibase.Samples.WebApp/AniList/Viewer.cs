namespace Anibase.Samples.WebApp.AniList;

/// <summary>The signed-in user, as <c>query { Viewer { id name } }</c> returns them.</summary>
public sealed record Viewer(int Id, string Name);
