using Microsoft.Extensions.Options;

namespace Anibase.Server.Hosting;

/// <summary>
/// Categories that write secrets at some level, and the level below which they never log,
/// whatever the logging configuration says; every other category keeps its configured level.
/// OpenIddict writes authorization codes (their reference identifiers) into its Trace logs.
/// ASP.NET Core's request lines ("Request starting … GET /api/v2/oauth/pin?code=…") carry the
/// query string, and the PIN page receives codes in it.
/// </summary>
internal sealed class SensitiveLogFloor : IPostConfigureOptions<LoggerFilterOptions>
{
    private static readonly (string Category, LogLevel Floor)[] Floors =
    [
        ("OpenIddict", LogLevel.Debug),
        ("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning),
    ];

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        var configured = options.Rules.ToList();
        options.Rules.Clear();
        // Stands in for MinLevel where no configured rule matches; a configured rule of equal
        // specificity comes later and so still wins.
        options.Rules.Add(new LoggerFilterRule(null, null, options.MinLevel, WithFloor(null)));
        foreach (var rule in configured)
        {
            options.Rules.Add(new LoggerFilterRule(rule.ProviderName, rule.CategoryName, rule.LogLevel, WithFloor(rule.Filter)));
        }
    }

    private static Func<string?, string?, LogLevel, bool> WithFloor(Func<string?, string?, LogLevel, bool>? inner) =>
        (provider, category, level) =>
            AboveFloor(category, level) && (inner?.Invoke(provider, category, level) ?? true);

    private static bool AboveFloor(string? category, LogLevel level)
    {
        if (category is null)
        {
            return true;
        }

        foreach (var (prefix, floor) in Floors)
        {
            if (level < floor && category.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
