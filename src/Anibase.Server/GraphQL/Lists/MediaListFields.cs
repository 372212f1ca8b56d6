using System.Text.Json.Nodes;
using Anibase.Data.Accounts;
using Anibase.Data.Catalog;
using Anibase.Data.Lists;
using Anibase.Server.GraphQL.Catalog;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>The fields of AniList's <c>MediaList</c>, whose source is the <see cref="MediaListEntry"/> entity.</summary>
internal static class MediaListFields
{
    public static void Register(SchemaBuilder builder)
    {
        var type = builder.Types.For("MediaList");
        type.FieldFor("score").Resolver = new FuncFieldResolver<MediaListEntry, double>(async c =>
            ScoreFormats.FromRaw(c.Source.ScoreRaw, c.GetArgument<string?>("format") ?? (await OwnerAsync(c)).ScoreFormat));
        // AniList always sends the date object; unknown parts are null.
        type.FieldFor("startedAt").Resolver = new FuncFieldResolver<MediaListEntry, FuzzyDateModel>(c =>
            new FuzzyDateModel(c.Source.StartedYear, c.Source.StartedMonth, c.Source.StartedDay));
        type.FieldFor("completedAt").Resolver = new FuncFieldResolver<MediaListEntry, FuzzyDateModel>(c =>
            new FuzzyDateModel(c.Source.CompletedYear, c.Source.CompletedMonth, c.Source.CompletedDay));
        type.FieldFor("createdAt").Resolver = new FuncFieldResolver<MediaListEntry, int>(c => (int)c.Source.CreatedAt.ToUnixTimeSeconds());
        type.FieldFor("updatedAt").Resolver = new FuncFieldResolver<MediaListEntry, int>(c => (int)c.Source.UpdatedAt.ToUnixTimeSeconds());
        type.FieldFor("customLists").Resolver = new FuncFieldResolver<MediaListEntry, JsonNode>(async c =>
            CustomLists(c.Source, await OwnerAsync(c), c.GetArgument("asArray", false)));
        type.FieldFor("advancedScores").Resolver = new FuncFieldResolver<MediaListEntry, JsonNode>(async c =>
            AdvancedScores(c.Source, await OwnerAsync(c)));
        type.FieldFor("media").Resolver = new FuncFieldResolver<MediaListEntry, Media>(async c =>
            c.Source.Media ??= await c.Db().Media.FindAsync([c.Source.MediaId], c.CancellationToken));
        type.FieldFor("user").Resolver = new FuncFieldResolver<MediaListEntry, AnibaseUser>(async c => await OwnerAsync(c));
    }

    /// <summary>
    /// Each of the owner's custom lists and whether the entry is on it: <c>{"Rewatch": true}</c>, or
    /// with <c>asArray</c> <c>[{"name": "Rewatch", "enabled": true}]</c>.
    /// </summary>
    public static JsonNode CustomLists(MediaListEntry entry, AnibaseUser owner, bool asArray)
    {
        if (asArray)
        {
            return new JsonArray([.. owner.AnimeCustomLists.Select(name =>
                new JsonObject { ["name"] = name, ["enabled"] = entry.CustomLists.Contains(name) })]);
        }

        var lists = new JsonObject();
        foreach (var name in owner.AnimeCustomLists)
        {
            lists[name] = entry.CustomLists.Contains(name);
        }

        return lists;
    }

    /// <summary>The score per advanced-scoring category of the owner, in their order: <c>{"Story": 80}</c>.</summary>
    public static JsonNode AdvancedScores(MediaListEntry entry, AnibaseUser owner)
    {
        var scores = new JsonObject();
        for (var i = 0; i < owner.AnimeAdvancedScoring.Count; i++)
        {
            scores[owner.AnimeAdvancedScoring[i]] = i < entry.AdvancedScores.Count ? entry.AdvancedScores[i] : 0;
        }

        return scores;
    }

    private static async ValueTask<AnibaseUser> OwnerAsync(IResolveFieldContext<MediaListEntry> context) =>
        context.Source.User ??= await context.Db().Users.FindAsync([context.Source.UserId], context.CancellationToken)
            ?? throw new InvalidOperationException($"List entry {context.Source.Id} has no owner.");
}
