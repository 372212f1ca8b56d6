using Microsoft.Extensions.Options;

namespace Anibase.Server.Hosting;

/// <summary>
/// OpenIddict writes authorization codes (their reference identifiers) into its Trace-level
/// logs. Whatever the logging configuration says, OpenIddict's categories never log below
/// Debug, so no code reaches a log. Every other category keeps its configured level.
/// </summary>
internal sealed class SensitiveLogFloor : IPostConfigureOptions<LoggerFilterOptions>
{
    private const string Category = "OpenIddict";
    private const LogLevel Floor = LogLevel.Debug;

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
            (level >= Floor || category is null || !category.StartsWith(Category, StringComparison.Ordinal))
            && (inner?.Invoke(provider, category, level) ?? true);
}
