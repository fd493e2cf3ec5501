namespace IopCurriculum.Guides.Pdf;

/// <summary>Chromium was found but did not produce the PDF: it failed, or ran past its time.</summary>
public sealed class PdfPrintException : Exception
{
    public PdfPrintException() : this("Chromium did not produce the PDF") { }

    public PdfPrintException(string message) : base(message) { }

    public PdfPrintException(string message, Exception innerException) : base(message, innerException) { }
}
