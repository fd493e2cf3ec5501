using System.IO.Compression;
using System.Text;
using IopCurriculum.Engine;

namespace IopCurriculum.Library;

/// <summary>
/// Turns an uploaded file into curriculum files: a single YAML file becomes <c>curriculum.yaml</c>; a zip
/// of a curriculum folder gives its YAML files, with or without one enclosing folder. A zip that reaches
/// outside its folder, holds too many or too large entries, or is not text is refused whole.
/// </summary>
internal static class UploadUnpacker
{
    public const int MaxEntries = 200;
    public const long MaxEntryBytes = 1024 * 1024;
    public const long MaxTotalBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<CurriculumFile> Unpack(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (content.Length == 0) throw EngineException.Invalid($"the uploaded file '{name}' is empty");
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return FromZip(name, content);
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            return [new CurriculumFile(CurriculumManifest.MainFile, Text(name, content))];
        throw EngineException.Invalid($"'{name}' is neither a curriculum.yaml file nor a .zip of a curriculum folder");
    }

    private static List<CurriculumFile> FromZip(string name, byte[] content)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw EngineException.Invalid($"'{name}' is not a readable zip file");
        }
        using (archive)
        {
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > MaxEntries)
                throw EngineException.Invalid($"'{name}' holds {entries.Count} files; a curriculum zip may hold at most {MaxEntries}");
            long total = 0;
            foreach (var entry in entries)
            {
                if (CurriculumManifest.Normal(entry.FullName) is null)
                    throw EngineException.Invalid($"'{name}' is refused: its entry '{entry.FullName}' points outside the curriculum folder");
                if (entry.Length > MaxEntryBytes)
                    throw EngineException.Invalid($"'{name}' is refused: its entry '{entry.FullName}' unpacks to {entry.Length} bytes; each file may have at most {MaxEntryBytes}");
                total += entry.Length;
            }
            if (total > MaxTotalBytes)
                throw EngineException.Invalid($"'{name}' is refused: it unpacks to {total} bytes; a curriculum may have at most {MaxTotalBytes}");

            var root = Root(name, entries);
            var files = new List<CurriculumFile>();
            foreach (var entry in entries)
            {
                var path = CurriculumManifest.Normal(entry.FullName)!;
                if (!path.StartsWith(root, StringComparison.Ordinal) || path.Split('/').Any(p => p.StartsWith("__MACOSX", StringComparison.Ordinal))) continue;
                if (!path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) continue;
                files.Add(new CurriculumFile(path[root.Length..], Text($"{name}:{entry.FullName}", Read(entry))));
            }
            return files;
        }
    }

    /// <summary>"" when curriculum.yaml is at the top, else the one folder (with its slash) that holds it.</summary>
    private static string Root(string name, List<ZipArchiveEntry> entries)
    {
        var mains = entries.Select(e => CurriculumManifest.Normal(e.FullName)!)
            .Where(p => p == CurriculumManifest.MainFile || p.EndsWith("/" + CurriculumManifest.MainFile, StringComparison.Ordinal))
            .Where(p => !p.StartsWith("__MACOSX", StringComparison.Ordinal))
            .OrderBy(p => p.Count(c => c == '/'))
            .ToList();
        if (mains.Count == 0) throw EngineException.Invalid($"'{name}' holds no curriculum.yaml");
        return mains[0][..^CurriculumManifest.MainFile.Length];
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        // The header's length can lie; read no more than the limit whatever it says.
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxEntryBytes)
                throw EngineException.Invalid($"the zip entry '{entry.FullName}' unpacks to more than {MaxEntryBytes} bytes");
        }
        return buffer.ToArray();
    }

    private static string Text(string name, byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw EngineException.Invalid($"'{name}' is not UTF-8 text");
        }
    }
}
