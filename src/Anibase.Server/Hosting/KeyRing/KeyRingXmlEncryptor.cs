using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Anibase.Server.Hosting.KeyRing;

/// <summary>Encrypts each Data Protection key with AES-256-GCM under the <see cref="KeyRingKey"/>.</summary>
internal sealed class KeyRingXmlEncryptor(KeyRingKey key) : IXmlEncryptor
{
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Value, TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        }

        var element = new XElement("encryptedKey",
            new XComment(" AES-256-GCM under Anibase's key-ring key (Anibase:KeyRingKey or <data directory>/keyring.key) "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}

/// <summary>Created by Data Protection through its activator, hence the service-provider constructor.</summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyRingKey>();
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value")
            ?? throw new InvalidOperationException("The encrypted key has no value."));
        const int header = KeyRingXmlEncryptor.NonceSize + KeyRingXmlEncryptor.TagSize;
        var plaintext = new byte[sealedBytes.Length - header];
        using (var aes = new AesGcm(key.Value, KeyRingXmlEncryptor.TagSize))
        {
            aes.Decrypt(
                sealedBytes.AsSpan(0, KeyRingXmlEncryptor.NonceSize),
                sealedBytes.AsSpan(header),
                sealedBytes.AsSpan(KeyRingXmlEncryptor.NonceSize, KeyRingXmlEncryptor.TagSize),
                plaintext);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
