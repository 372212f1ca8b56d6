using System.Globalization;
using System.Text;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// Collects a mutation's validation failures, each argument with its messages, into an
/// <see cref="AniListValidationError"/>. AniList's API runs on Laravel: its messages are Laravel's
/// (its docs quote "The selected id is invalid." and "The score may not be greater than 100."),
/// naming an argument as Laravel does: <c>mediaId</c> reads "media id".
/// </summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public ValidationErrors Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Laravel's <c>min</c> and <c>max</c> rules on a number; a missing value passes.</summary>
    public ValidationErrors Range(string field, double? value, int min, int max)
    {
        if (value < min)
        {
            Add(field, Min(field, min));
        }
        else if (value > max)
        {
            Add(field, Max(field, max));
        }

        return this;
    }

    public ValidationErrors MaxLength(string field, string? value, int max) =>
        value?.Length > max ? Add(field, $"The {Attribute(field)} may not be greater than {max} characters.") : this;

    public AniListValidationError? ToError() =>
        errors.Count == 0 ? null : new AniListValidationError(errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));

    public void ThrowIfAny()
    {
        if (ToError() is { } error)
        {
            throw error;
        }
    }

    public static string Invalid(string field) => $"The selected {Attribute(field)} is invalid.";

    public static string RequiredWithout(string field, string other) =>
        $"The {Attribute(field)} field is required when {Attribute(other)} is not present.";

    public static string Min(string field, int min) => $"The {Attribute(field)} must be at least {min.ToString(CultureInfo.InvariantCulture)}.";

    public static string Max(string field, int max) => $"The {Attribute(field)} may not be greater than {max.ToString(CultureInfo.InvariantCulture)}.";

    /// <summary>Laravel's displayable attribute: snake case with spaces (<c>advancedScores.0</c> reads "advanced scores.0").</summary>
    public static string Attribute(string field)
    {
        var name = new StringBuilder(field.Length + 4);
        for (var i = 0; i < field.Length; i++)
        {
            if (char.IsUpper(field[i]) && i > 0 && char.IsLetterOrDigit(field[i - 1]))
            {
                name.Append(' ');
            }

            name.Append(field[i] == '_' ? ' ' : char.ToLowerInvariant(field[i]));
        }

        return name.ToString();
    }
}
