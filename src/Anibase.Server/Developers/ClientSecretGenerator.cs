using System.Security.Cryptography;

namespace Anibase.Server.Developers;

/// <summary>Client secrets as AniList issues them: 40 characters of [A-Za-z0-9] (~238 bits).</summary>
internal static class ClientSecretGenerator
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 40);
}
