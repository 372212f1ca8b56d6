using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Anibase.Bench;

/// <summary>
/// A ceiling: operations per second on the wall clock (all cores), and CPU milliseconds per
/// operation, which other work on a shared machine barely moves.
/// </summary>
internal sealed record Rate(double PerSecond, double CpuMsPerOp);

/// <summary>What the hardware allows, measured in this process on every core while the server idles.</summary>
internal static class Ceilings
{
    /// <summary>RS256 over a JWT-sized input (the server signs each access token so).</summary>
    public static Rate RsaSignatures(TimeSpan duration)
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
    public static Rate RsaVerifications(TimeSpan duration)
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
    public static Rate PasswordHashes(HashAlgorithmName prf, int iterations, TimeSpan duration)
    {
        var password = Encoding.UTF8.GetBytes("bench-password");
        var salt = RandomNumberGenerator.GetBytes(16);
        return PerSecond(duration, () => () => Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, prf, 32));
    }

    /// <summary>
    /// The disk's: 4 KiB writes each followed by fsync, one at a time, in the data directory. A
    /// SQLite commit (WAL, synchronous=FULL) costs one, and SQLite has one writer at a time.
    /// </summary>
    public static Rate SyncedWrites(string directory, TimeSpan duration)
    {
        var path = Path.Combine(directory, "bench-fsync.tmp");
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            var block = RandomNumberGenerator.GetBytes(4096);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long n = 0;
            while (clock.Elapsed < duration)
            {
                file.Position = n % 256 * block.Length;
                file.Write(block);
                file.Flush(flushToDisk: true);
                n++;
            }

            return new Rate(n / clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / n);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One thread per core, each repeating its own operation; the sum of their rates.</summary>
    private static Rate PerSecond(TimeSpan duration, Func<Func<object>> newOperation)
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
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        var total = counts.Sum();
        return new Rate(total / wall.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / total);
    }
}
