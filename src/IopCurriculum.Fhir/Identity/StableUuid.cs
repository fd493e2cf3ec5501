using System.Security.Cryptography;
using System.Text;

namespace IopCurriculum.Fhir.Identity;

/// <summary>
/// A UUID derived from a name, so that exporting the same record twice gives the same <c>urn:uuid</c>
/// and resource id. RFC 9562 version 8 over SHA-256, rather than version 5 over SHA-1, so no weak hash
/// is involved; the name is an identifier's <c>system|value</c>.
/// </summary>
public static class StableUuid
{
    public static Guid From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
