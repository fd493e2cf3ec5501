using NodaTime;

namespace IopCurriculum.Notes.Writing;

/// <summary>When a note is written counts: one signed more than 72 hours after its session ended is a late entry, and says so.</summary>
public static class NoteTiming
{
    public static readonly Duration LateAfter = Duration.FromHours(72);

    public static bool IsLateEntry(Instant sessionEnd, Instant signedAt) => signedAt - sessionEnd > LateAfter;
}
