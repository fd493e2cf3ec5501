using System.Security.Cryptography;
using System.Text;

namespace IopCurriculum.Access;

/// <summary>Random secrets for tokens and feed addresses, and the hash that is stored in their place.</summary>
public static class Secrets
{
    /// <summary>256 random bits, URL-safe.</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256. Secrets are random and long, so a fast hash is enough to make a stolen table useless.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
