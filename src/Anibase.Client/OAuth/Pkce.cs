using System.Security.Cryptography;
using System.Text;

namespace Anibase.Client.OAuth;

/// <summary>Proof Key for Code Exchange (RFC 7636) with S256, and the random values a login needs.</summary>
internal static class Pkce
{
    /// <summary>32 random bytes: 43 base64url characters, the verifier length RFC 7636 recommends.</summary>
    public static string RandomValue() => Base64UrlText.Encode(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64UrlText.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
