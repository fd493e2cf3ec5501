namespace IopCurriculum.Definitions.Files;

/// <summary>
/// The one rule for a file that a definition names: a relative path with forward slashes that stays
/// inside the definition's folder, written and resolved. The same rule serves files on disk (the CLI,
/// the library's import) and files in an upload, so no channel can read what another refuses.
/// </summary>
public static class ContainedPath
{
    /// <summary>Links followed at most while resolving one path, as the kernel's own limit is about this.</summary>
    private const int MaxLinkHops = 40;

    /// <summary>
    /// <paramref name="path"/> with forward slashes and no '.', '..' or empty parts, or null when it is
    /// absolute, names a drive, or climbs out.
    /// </summary>
    public static string? Normal(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slashed = path.Replace('\\', '/');
        if (slashed.StartsWith('/') || slashed.Contains(':', StringComparison.Ordinal) || slashed.Any(char.IsControl)) return null;
        var parts = slashed.Split('/').Where(p => p != ".").ToList();
        if (parts.Count == 0 || parts.Any(p => p.Length == 0 || p == "..")) return null;
        return string.Join('/', parts);
    }

    /// <summary>
    /// Why <paramref name="relative"/>, named by a definition in <paramref name="folder"/>, may not be read
    /// (it is not a contained path, it leads outside the folder once every symbolic link on the way is
    /// followed, or its links go round in a loop); null when it may.
    /// </summary>
    /// <param name="folderWhat">Names the folder in the message, such as "the curriculum folder".</param>
    public static string? Problem(string folder, string relative, string folderWhat)
    {
        Resolve(folder, relative, out var problem);
        return problem?.Replace(Folder, folderWhat, StringComparison.Ordinal);
    }

    /// <summary>What a name that is not a contained path is told, with the folder named as in <see cref="Problem"/>.</summary>
    public static string NotContained(string folderWhat) => NotContainedProblem.Replace(Folder, folderWhat, StringComparison.Ordinal);

    private const string Folder = "{folder}";
    private const string NotContainedProblem = "must be a path inside {folder}, such as tracks/relapse-prevention.yaml";

    /// <summary>
    /// Where <paramref name="relative"/> leads from <paramref name="folder"/> once every symbolic link on the
    /// way is followed; null with <paramref name="problem"/> set when <see cref="Problem"/> would name one.
    /// </summary>
    private static string? Resolve(string folder, string relative, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(relative);
        if (Normal(relative) is not { } normal)
        {
            problem = NotContainedProblem;
            return null;
        }
        var root = Real(Path.GetFullPath(folder), out problem);
        if (root is null) return null;
        var target = Real(Path.Combine(root, normal), out problem);
        if (target is null) return null;
        if (!IsInside(root, target))
        {
            problem = "leads outside {folder} through a symbolic link";
            return null;
        }
        return target;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it; both already resolved.</summary>
    public static bool IsInside(string folder, string path)
    {
        var withSeparator = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(withSeparator, StringComparison.Ordinal);
    }

    /// <summary>The path with every link on it followed, part by part; parts that do not exist are kept as written.</summary>
    private static string? Real(string full, out string? problem)
    {
        problem = null;
        var pending = new Stack<string>(SplitParts(full).Reverse());
        var current = Path.GetPathRoot(full) ?? "/";
        var hops = 0;
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Pop());
            string? link;
            try
            {
                link = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                link = null;
            }
            catch (UnauthorizedAccessException)
            {
                link = null;
            }
            if (link is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops)
            {
                problem = "is a symbolic link that goes round in a loop";
                return null;
            }
            // A link's target replaces the part it stands for; a relative target starts from the link's folder.
            var resolved = Path.IsPathRooted(link) ? Path.GetFullPath(link) : Path.GetFullPath(Path.Combine(current, link));
            foreach (var part in SplitParts(resolved).Reverse()) pending.Push(part);
            current = Path.GetPathRoot(resolved) ?? "/";
        }
        return current;
    }

    private static string[] SplitParts(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        return full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Where(p => p.Length > 0 && p != ".").ToArray();
    }
}
