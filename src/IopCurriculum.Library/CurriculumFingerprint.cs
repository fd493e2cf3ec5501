using System.Security.Cryptography;
using System.Text;
using IopCurriculum.Definitions.Files;

namespace IopCurriculum.Library;

/// <summary>A hash of a curriculum's files, so a cohort records exactly which content it was planned from.</summary>
internal static class CurriculumFingerprint
{
    public static string Of(string path)
    {
        var root = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        // Links are passed over: a folder's content is the files in it, and a link may lead anywhere.
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.yaml", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Order(StringComparer.Ordinal)
            : Enumerable.Repeat(path, 1);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            // A file that cannot be read hashes as its problem, so it never matches a stored version.
            var text = DefinitionFile.TryRead(file, out var content) ?? content;
            hash.AppendData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The same hash for files held in memory, so a stored version and its folder on disk hash alike and
    /// a cohort started on that folder records the version's hash.
    /// </summary>
    public static string Of(IEnumerable<CurriculumFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(file.Text.ReplaceLineEndings("\n")));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
