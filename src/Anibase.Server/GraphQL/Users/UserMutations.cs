using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Anibase.Data.Accounts;
using Anibase.Server.GraphQL.Lists;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;

namespace Anibase.Server.GraphQL.Users;

/// <summary>
/// <c>UpdateUser</c>: the signed-in user changes their settings and anime list options and gets
/// themselves back. Options Anibase does not keep (notifications, manga lists, donator badge) are
/// accepted and ignored.
/// </summary>
internal static partial class UserMutations
{
    /// <summary>AniList's list row orders: score, title, last updated, last added.</summary>
    private static readonly string[] RowOrders = ["score", "title", "updatedAt", "id"];

    private static readonly string[] ProfileColors = ["blue", "purple", "pink", "orange", "red", "green", "gray"];

    public static void Register(SchemaBuilder builder) =>
        builder.Types.For("Mutation").FieldFor("UpdateUser").Resolver = new FuncFieldResolver<AnibaseUser>(UpdateAsync);

    private static async ValueTask<AnibaseUser?> UpdateAsync(IResolveFieldContext context)
    {
        var db = context.Db();
        var user = await MediaListMutations.ViewerAsync(context, db);
        var arguments = ListArguments.Of(context);
        Validate(arguments).ThrowIfAny();

        user.About = arguments.Provided("about") ? arguments.String("about") : user.About;
        user.TitleLanguage = arguments.String("titleLanguage") ?? user.TitleLanguage;
        user.DisplayAdultContent = arguments.Bool("displayAdultContent") ?? user.DisplayAdultContent;
        user.AiringNotifications = arguments.Bool("airingNotifications") ?? user.AiringNotifications;
        user.ScoreFormat = arguments.String("scoreFormat") ?? user.ScoreFormat;
        user.RowOrder = arguments.String("rowOrder") ?? user.RowOrder;
        user.ProfileColor = arguments.String("profileColor") ?? user.ProfileColor;
        user.Timezone = arguments.String("timezone") ?? user.Timezone;
        user.ActivityMergeTime = arguments.Int("activityMergeTime") ?? user.ActivityMergeTime;
        user.StaffNameLanguage = arguments.String("staffNameLanguage") ?? user.StaffNameLanguage;
        user.RestrictMessagesToFollowing = arguments.Bool("restrictMessagesToFollowing") ?? user.RestrictMessagesToFollowing;
        if (arguments.Object("animeListOptions") is { } options)
        {
            user.AnimeSectionOrder = Names(options.GetValueOrDefault("sectionOrder")) ?? user.AnimeSectionOrder;
            user.AnimeSplitCompletedSectionByFormat = options.GetValueOrDefault("splitCompletedSectionByFormat") as bool? ?? user.AnimeSplitCompletedSectionByFormat;
            user.AnimeCustomLists = Names(options.GetValueOrDefault("customLists")) ?? user.AnimeCustomLists;
            user.AnimeAdvancedScoring = Names(options.GetValueOrDefault("advancedScoring")) ?? user.AnimeAdvancedScoring;
            user.AnimeAdvancedScoringEnabled = options.GetValueOrDefault("advancedScoringEnabled") as bool? ?? user.AnimeAdvancedScoringEnabled;
        }

        user.UpdatedAt = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
        return user;
    }

    private static ValidationErrors Validate(ListArguments arguments)
    {
        var errors = new ValidationErrors().Range("activityMergeTime", arguments.Int("activityMergeTime"), 0, int.MaxValue);
        if (arguments.String("rowOrder") is { } rowOrder && !RowOrders.Contains(rowOrder))
        {
            errors.Add("rowOrder", ValidationErrors.Invalid("rowOrder"));
        }

        // A preset colour, or any hex colour as AniList allows its supporters.
        if (arguments.String("profileColor") is { } color && !ProfileColors.Contains(color) && !HexColor().IsMatch(color))
        {
            errors.Add("profileColor", ValidationErrors.Invalid("profileColor"));
        }

        if (arguments.String("timezone") is { } timezone && !UtcOffset().IsMatch(timezone))
        {
            errors.Add("timezone", "The timezone format is invalid.");
        }

        return errors;
    }

    /// <summary>A list of names, trimmed, blank and repeated ones dropped; null when not given.</summary>
    private static List<string>? Names(object? value) => value is IEnumerable names and not string
        ? [.. names.Cast<object?>().Select(n => Convert.ToString(n, CultureInfo.InvariantCulture)?.Trim())
            .OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)]
        : null;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    /// <summary>AniList's timezone: an offset from UTC such as "+09:00" or "-05:00".</summary>
    [GeneratedRegex(@"^[+-](0\d|1[0-4]):[0-5]\d$")]
    private static partial Regex UtcOffset();
}
