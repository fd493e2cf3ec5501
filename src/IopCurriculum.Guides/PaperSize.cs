namespace IopCurriculum.Guides;

/// <summary>The sheet a guide is laid out for.</summary>
public enum PaperSize
{
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,
}
