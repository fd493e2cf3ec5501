using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>
/// What a track file yielded: the built track when the file had no problems, and in any case what the
/// curriculum needs for its own checks (code, weeks, handouts and the handouts sessions name).
/// </summary>
internal sealed record TrackDraft(
    Track? Track,
    TrackCode? Code,
    SourceLocation CodeWhere,
    WeekRange? Weeks,
    SourceLocation WeeksWhere,
    IReadOnlyList<(Handout Handout, SourceLocation Where)> Handouts,
    IReadOnlyList<(SessionCode Session, HandoutCode Handout, SourceLocation Where)> HandoutReferences);
