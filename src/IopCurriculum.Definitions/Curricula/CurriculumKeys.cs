namespace IopCurriculum.Definitions.Curricula;

/// <summary>The keys each part of a curriculum file may use; anything else is reported as unknown.</summary>
internal static class CurriculumKeys
{
    public static readonly string[] Curriculum = ["id", "version", "title", "description", "weeks", "source", "tracks"];

    public static readonly string[] Track =
    [
        "code", "name", "kind", "description", "schedule", "minutes", "capacity", "leaders", "enrolment",
        "sequence", "introduction", "goals", "special_considerations", "format", "handouts", "sessions",
    ];

    public static readonly string[] Schedule = ["weeks", "days", "per_week", "cadence", "start", "continues_after_program"];

    public static readonly string[] Capacity = ["min", "max"];

    public static readonly string[] FormatBlock = ["block", "minutes", "leader"];

    public static readonly string[] Handout = ["code", "title", "provenance"];

    public static readonly string[] Session =
    [
        "number", "title", "provenance", "provenance_note", "goals", "format", "handouts", "materials",
        "leader_notes", "special_considerations", "closing", "minutes", "week",
    ];
}
