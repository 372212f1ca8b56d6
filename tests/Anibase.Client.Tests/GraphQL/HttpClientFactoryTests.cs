using Anibase.Client.GraphQL;
using Anibase.Client.OAuth;
using Anibase.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Client.Tests.GraphQL;

/// <summary>Both clients as typed clients of <c>IHttpClientFactory</c>, their options registered beside them.</summary>
[Collection(LiveServerTests.Name)]
public sealed class HttpClientFactoryTests(LiveServer server)
{
    [Fact]
    public async Task TypedClients_ResolveWithTheRegisteredOptionsAndReachTheServer()
    {
        var login = await server.LogInAsync();
        var services = new ServiceCollection();
        services.AddSingleton(new AniListGraphQLOptions { GraphQLUrl = server.Endpoints.GraphQLUrl });
        services.AddHttpClient<AniListGraphQLClient>();
        services.AddSingleton(new AniListOAuthOptions { ClientId = "1", Endpoints = server.Endpoints });
        services.AddHttpClient<AniListOAuthClient>();
        await using var provider = services.BuildServiceProvider();

        var graphQL = provider.GetRequiredService<AniListGraphQLClient>();
        var oauth = provider.GetRequiredService<AniListOAuthClient>();
        var data = await graphQL.QueryAsync<System.Text.Json.JsonElement>("{ Viewer { name } }", accessToken: login.AccessToken);

        Assert.Equal(login.User.Name, data.GetProperty("Viewer").GetProperty("name").GetString());
        Assert.Same(provider.GetRequiredService<AniListOAuthOptions>(), oauth.Options);
    }

    [Fact]
    public void TypedClientWithoutOptions_UsesTheDefaults()
    {
        var services = new ServiceCollection();
        services.AddHttpClient<AniListGraphQLClient>();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(AniListEndpoints.AniList.GraphQLUrl, provider.GetRequiredService<AniListGraphQLClient>().Options.GraphQLUrl);
    }
}
