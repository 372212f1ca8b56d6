using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Anibase.Bench;

/// <summary>What the hardware allows, measured in this process on every core while the server idles.</summary>
internal static class Ceilings
{
    /// <summary>RS256 over a JWT-sized input (the server signs each access token so).</summary>
    public static double RsaSignaturesPerSecond(TimeSpan duration)
    {
        using var key = RSA.Create(2048);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        var data = RandomNumberGenerator.GetBytes(600);
        return PerSecond(duration, () =>
        {
            var rsa = RSA.Create(parameters);
            return () => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        });
    }

    /// <summary>RS256 verification: what the API does with every bearer token.</summary>
    public static double RsaVerificationsPerSecond(TimeSpan duration)
    {
        using var key = RSA.Create(2048);
        var publicKey = key.ExportParameters(includePrivateParameters: false);
        var data = RandomNumberGenerator.GetBytes(600);
        var signature = key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return PerSecond(duration, () =>
        {
            var rsa = RSA.Create(publicKey);
            return () => rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        });
    }

    /// <summary>The cost a stored ASP.NET Core Identity (v3) password hash names: PRF and iterations.</summary>
    public static (HashAlgorithmName Prf, int Iterations) PasswordCost(string identityHash)
    {
        var bytes = Convert.FromBase64String(identityHash);
        if (bytes.Length < 13 || bytes[0] != 0x01)
        {
            throw new InvalidOperationException("not an Identity v3 password hash");
        }

        var prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)) switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            var other => throw new InvalidOperationException($"unknown PRF {other}"),
        };
        return (prf, (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }

    /// <summary>PBKDF2 at the server's configured cost: one login's password check.</summary>
    public static double PasswordHashesPerSecond(HashAlgorithmName prf, int iterations, TimeSpan duration)
    {
        var password = Encoding.UTF8.GetBytes("bench-password");
        var salt = RandomNumberGenerator.GetBytes(16);
        return PerSecond(duration, () => () => Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, prf, 32));
    }

    /// <summary>One thread per core, each repeating its own operation; the sum of their rates.</summary>
    private static double PerSecond(TimeSpan duration, Func<Func<object>> newOperation)
    {
        var threads = Environment.ProcessorCount;
        var counts = new long[threads];
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            var operation = newOperation();
            operation();
            start.SignalAndWait();
            var clock = Stopwatch.StartNew();
            long n = 0;
            while (clock.Elapsed < duration)
            {
                GC.KeepAlive(operation());
                n++;
            }

            counts[i] = n;
        })).ToList();
        workers.ForEach(w => w.Start());
        start.SignalAndWait();
        var wall = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        return counts.Sum() / wall.Elapsed.TotalSeconds;
    }
}
