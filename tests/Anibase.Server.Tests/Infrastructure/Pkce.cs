using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>An RFC 7636 verifier and its S256 challenge, made as a client makes them.</summary>
public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce Create()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public string Query => $"&code_challenge={Challenge}&code_challenge_method=S256";
}
