using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Recording;

/// <summary>The stored and typed words for attendance statuses and test outcomes.</summary>
internal static class AttendanceWords
{
    private static readonly Dictionary<string, AttendanceStatus> Statuses =
        Enum.GetValues<AttendanceStatus>().ToDictionary(s => s.Word(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => Statuses.Keys;

    public static AttendanceStatus Parse(string word) =>
        Statuses.TryGetValue(word, out var status)
            ? status
            : throw EngineException.Invalid($"'{word}' is not an attendance status; use one of {string.Join(", ", Statuses.Keys)}");
}
