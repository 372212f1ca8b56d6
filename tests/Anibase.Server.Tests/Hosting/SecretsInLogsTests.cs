using System.Collections.Concurrent;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Anibase.Server.Tests.Hosting;

/// <summary>No password, client secret, code or token reaches the logs, even at the most verbose level.</summary>
public sealed class SecretsInLogsTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task WholeFlowAtTraceLevel_LogsNoSecret()
    {
        var logs = new CapturingLoggerProvider();
        using var verbose = app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            // A provider-specific rule beats appsettings' per-category levels: capture everything.
            logging.AddFilter<CapturingLoggerProvider>(category: null, LogLevel.Trace);
        }));
        var data = new TestData(verbose.Services);
        var user = await data.CreateUserAsync(password: "hunter2-is-my-password");
        var client = await data.CreateClientAsync();
        var browser = new OAuthBrowser(verbose.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var code = await browser.GetCodeAsync(user, client.ClientId);
        var http = verbose.CreateClient();
        var token = await GuideFlow.AccessTokenOf(
            await TokenRequests.JsonAsync(http, TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)));
        await GraphQLCalls.PostAsync(http, GraphQLCalls.ViewerQuery, token);
        await TokenRequests.JsonAsync(http, TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)); // a replay, logged as a failure

        var all = string.Join('\n', logs.Messages);
        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(user.Password, all, StringComparison.Ordinal);
        Assert.DoesNotContain(client.ClientSecret, all, StringComparison.Ordinal);
        Assert.DoesNotContain(code, all, StringComparison.Ordinal);
        // The signature is the part of a JWT that makes it usable; header and claims are not secret.
        Assert.DoesNotContain(token.Split('.')[2], all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PinPageRefreshRevocationAndIntrospectionAtTraceLevel_LogNoSecret()
    {
        var logs = new CapturingLoggerProvider();
        using var verbose = app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<CapturingLoggerProvider>(category: null, LogLevel.Trace);
        }));
        var data = new TestData(verbose.Services);
        var user = await data.CreateUserAsync();
        const string pin = "http://localhost/api/v2/oauth/pin";
        var client = await data.CreateClientAsync(redirectUris: [pin], features: new Server.Developers.ClientFeatures(AllowRefreshTokens: true));
        var browser = new OAuthBrowser(verbose.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var approved = await browser.AuthorizeAsync(user, OAuthBrowser.AuthorizeUrl(client.ClientId, pin));
        // The PIN page, the code in its query.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.Http.GetAsync(approved.Headers.Location)).StatusCode);
        var code = OAuthBrowser.ParseRedirect(approved)["code"];
        var http = verbose.CreateClient();
        var tokens = System.Text.Json.JsonDocument.Parse(await (await TokenRequests.FormAsync(http,
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code, pin))).Content.ReadAsStringAsync()).RootElement;
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var id = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TokenRequests.FormAsync(http, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = id,
            ["client_secret"] = client.ClientSecret,
            ["refresh_token"] = refreshToken,
        });
        await http.PostAsync("/api/v2/oauth/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = id,
            ["client_secret"] = client.ClientSecret,
            ["token"] = accessToken,
        }));
        await http.PostAsync("/api/v2/oauth/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = id,
            ["client_secret"] = client.ClientSecret,
            ["token"] = refreshToken,
        }));

        var all = string.Join('\n', logs.Messages);
        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(code, all, StringComparison.Ordinal);
        Assert.DoesNotContain(client.ClientSecret, all, StringComparison.Ordinal);
        Assert.DoesNotContain(refreshToken, all, StringComparison.Ordinal);
        Assert.DoesNotContain(accessToken.Split('.')[2], all, StringComparison.Ordinal);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages, categoryName);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> messages, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue($"{logLevel} {category} {eventId}: {formatter(state, exception)}{exception}");
        }
    }
}
