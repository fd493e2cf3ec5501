using IopCurriculum.Engine.Actions;

namespace IopCurriculum.Actions;

/// <summary>What the action handlers need from their host.</summary>
/// <param name="DataFolder">Where ready packets are written (under <c>packets/</c>).</param>
/// <param name="PublicUrl">The web app's address as staff reach it: task notices link to <c>{PublicUrl}/tasks</c>.</param>
/// <param name="PrintPdf">Whether ready packets are also printed to PDF (needs Chromium; without it only HTML is made).</param>
public sealed record ActionSettings(string DataFolder, Uri PublicUrl, DispatchSettings Dispatch, bool PrintPdf = true)
{
    /// <summary>How long a push or a notice may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
