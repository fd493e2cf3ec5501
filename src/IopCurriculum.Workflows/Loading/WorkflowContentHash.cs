using System.Security.Cryptography;
using System.Text;

namespace IopCurriculum.Workflows.Loading;

/// <summary>Fingerprints a definition's text so that a stored version can be told apart from an edited file.</summary>
internal static class WorkflowContentHash
{
    public static string Of(string source)
    {
        var normalised = source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
