using System.Security.Cryptography;

namespace Anibase.Server.Hosting.KeyRing;

/// <summary>
/// The key that encrypts the Data Protection key ring before it is stored in the database. It
/// lives outside the database (a setting, or a file in the data directory), so a copy of the
/// database alone reveals no cookie key, no token signing key and no code encryption key.
/// </summary>
internal sealed class KeyRingKey
{
    public const string FileName = "keyring.key";
    private const int Size = 32;

    private KeyRingKey(byte[] value) => Value = value;

    public byte[] Value { get; }

    public static KeyRingKey Load(AnibaseOptions options)
    {
        if (!string.IsNullOrEmpty(options.KeyRingKey))
        {
            var configured = Convert.FromBase64String(options.KeyRingKey);
            return configured.Length == Size
                ? new KeyRingKey(configured)
                : throw new InvalidOperationException($"Anibase:KeyRingKey must be {Size} bytes, base64-encoded.");
        }

        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Readable by the server's own account only.
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var file = new FileStream(path, create);
                file.Write(RandomNumberGenerator.GetBytes(Size));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process sharing the data directory created it first: use theirs.
            }
        }

        var stored = File.ReadAllBytes(path);
        return stored.Length == Size
            ? new KeyRingKey(stored)
            : throw new InvalidOperationException($"{path} must hold exactly {Size} bytes.");
    }
}
