using System.Globalization;
using System.Security.Cryptography;
using IopCurriculum.Engine;

namespace IopCurriculum.Access;

/// <summary>
/// Salted PBKDF2-HMAC-SHA512 password hashes, stored as <c>pbkdf2-sha512$iterations$salt$hash</c> so the
/// work factor can be raised later without invalidating existing passwords.
/// </summary>
public static class PasswordHash
{
    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512.</summary>
    public const int Iterations = 210_000;

    public const int MinimumLength = 12;

    private const string Scheme = "pbkdf2-sha512";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Create(string password)
    {
        CheckStrength(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> produces <paramref name="stored"/>; compared in constant time.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Length is what protects a password; composition rules mostly make people write them down.</summary>
    public static void CheckStrength(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
            throw EngineException.Invalid($"a password needs at least {MinimumLength} characters");
        if (password.Trim().Length != password.Length)
            throw EngineException.Invalid("a password may not begin or end with a space");
    }
}
