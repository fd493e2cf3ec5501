using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>A session as read from its file, before the track gives it a code, a length and a format.</summary>
internal sealed record SessionDraft(
    int Number,
    SessionContent Content,
    int? Minutes,
    IReadOnlyList<FormatBlock>? Format,
    bool HasOwnFormat,
    SourceLocation Where,
    SourceLocation NumberWhere,
    SourceLocation FormatWhere,
    SourceLocation? WeekWhere,
    IReadOnlyList<(HandoutCode Code, SourceLocation Where)> HandoutReferences);
