using System.Text;
using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Definitions.Files;

/// <summary>
/// Reads the text of a data file an author wrote, refusing what no author writes: a file that is not a
/// regular file (a device, a pipe, a socket: reading one could block or never end), one larger than
/// <see cref="MaxBytes"/>, or one that is not UTF-8. Every refusal is a diagnostic, never an exception.
/// </summary>
public static class DefinitionFile
{
    /// <summary>The largest definition file read: far above any real curriculum, workflow or calendar.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text (without a byte-order mark), or null with the problem reported.</summary>
    /// <param name="what">Names the file in messages, such as "track" or "workflow".</param>
    /// <param name="referencedFrom">Where another file named this one; problems with the file as a whole are reported there.</param>
    public static string? ReadText(string path, string what, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var where = referencedFrom ?? new SourceLocation(path, 1, 1);
        if (TryRead(path, out var text) is { } problem)
        {
            diagnostics.Add(where, $"{what} file '{path}' {problem}");
            return null;
        }
        return text;
    }

    /// <summary>The same checks for a caller with no diagnostics to add to: null and the text, or the problem.</summary>
    public static string? TryRead(string path, out string text)
    {
        text = "";
        try
        {
            var info = new FileInfo(path);
            // A link reports its own length: judge what it finally points at.
            if (info.LinkTarget is not null)
            {
                if (FinalTarget(info) is not { } target) return "is a symbolic link that goes round in a loop";
                info = target;
            }
            if (Directory.Exists(info.FullName)) return "is a folder, not a file";
            if (!info.Exists) return "does not exist";
            // On Linux devices, pipes and sockets report no length; so does an empty file, which is no definition either.
            if (info.Length == 0) return "is empty or is not a regular file";
            if (info.Length > MaxBytes) return $"is {info.Length:N0} bytes; a definition file may have at most {MaxBytes:N0}";
            var bytes = ReadBounded(info.FullName);
            if (bytes is null) return $"grew past {MaxBytes:N0} bytes while it was read";
            text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return null;
        }
        catch (DecoderFallbackException)
        {
            return "is not UTF-8 text";
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read: permission denied";
        }
        catch (IOException e)
        {
            return $"cannot be read: {e.Message}";
        }
    }

    private static FileInfo? FinalTarget(FileInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true) is { } target ? new FileInfo(target.FullName) : link;
        }
        catch (IOException)
        {
            return null;
        }
    }

    // The length checked above can change before the read; never read more than the limit whatever it says now.
    private static byte[]? ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > MaxBytes) return null;
        }
        return copy.ToArray();
    }
}
