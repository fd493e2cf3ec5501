namespace IopCurriculum.Engine.Consent;

/// <summary>A scanned consent form as uploaded: PDF, PNG or JPEG, at most <see cref="MaxBytes"/>.</summary>
public sealed record ScannedForm(string FileName, byte[] Content)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The form's content type, read from its first bytes (never from its name), or a refusal.</summary>
    internal string ContentType()
    {
        if (Content.Length == 0) throw EngineException.Invalid($"the scanned form '{FileName}' is empty");
        if (Content.Length > MaxBytes) throw EngineException.Invalid($"the scanned form '{FileName}' is {Content.Length / 1024 / 1024} MB; it may be at most {MaxBytes / 1024 / 1024} MB");
        ReadOnlySpan<byte> head = Content;
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        throw EngineException.Invalid($"the scanned form '{FileName}' is not a PDF, PNG or JPEG file");
    }
}
