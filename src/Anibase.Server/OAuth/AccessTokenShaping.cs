using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Protection;

namespace Anibase.Server.OAuth;

/// <summary>
/// Gives access tokens the claims AniList's have and clients read: an empty <c>scopes</c>
/// array (a principal cannot carry an empty array) and <c>nbf</c> (not emitted by default).
/// </summary>
internal sealed class AccessTokenShaping : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<AccessTokenShaping>()
            .SetOrder(AttachTokenMetadata.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType == TokenTypeIdentifiers.AccessToken && context.SecurityTokenDescriptor is { } descriptor)
        {
            descriptor.Claims ??= new Dictionary<string, object>(StringComparer.Ordinal);
            descriptor.Claims["scopes"] = Array.Empty<string>();
            descriptor.NotBefore = descriptor.IssuedAt;
        }

        return ValueTask.CompletedTask;
    }
}
