namespace IopCurriculum.Engine;

/// <summary>Content hashes as people are shown them.</summary>
internal static class ContentHash
{
    /// <summary>The first twelve characters, enough to tell stored versions apart in a message.</summary>
    public static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
