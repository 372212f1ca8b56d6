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

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue($"{logLevel} {eventId}: {formatter(state, exception)}{exception}");
        }
    }
}
