namespace IopCurriculum.Guides;

/// <summary>What a guide is written as.</summary>
public enum GuideFormat
{
    /// <summary>A self-contained HTML file: prints from any browser, needs nothing installed.</summary>
    Html,
    /// <summary>A PDF printed by headless Chromium from the same HTML.</summary>
    Pdf,
}
