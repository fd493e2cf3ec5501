using IopCurriculum.Access;
using IopCurriculum.Notes.Formats;

namespace IopCurriculum.Engine.Setup;

public sealed partial class ProgramService
{
    /// <summary>Chooses the format the program's progress notes are written in; notes already written keep theirs.</summary>
    /// <returns>The format's code before and after.</returns>
    public (string Before, string After) SetNoteFormat(string programId, string format)
    {
        var chosen = NoteFormats.Find(format) ?? throw EngineException.Invalid(NoteFormats.UnknownMessage(format));
        return UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            var before = program.NoteFormat;
            program.NoteFormat = chosen.Code;
            return (before, chosen.Code);
        });
    }

    /// <summary>Sets which roles may read SUD counseling notes besides their authors; none (empty) unless set.</summary>
    public IReadOnlyList<string> SetCounselingNoteReaders(string programId, string roles)
    {
        var parsed = CounselingReaders(roles);
        return UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            program.CounselingNoteRoles = string.Join(',', parsed);
            return parsed;
        });
    }

    /// <summary>Sets the format of new progress notes and the counseling-note readers together, in one transaction.</summary>
    public void SetNoteSettings(string programId, string format, string counselingReaders)
    {
        var chosen = NoteFormats.Find(format) ?? throw EngineException.Invalid(NoteFormats.UnknownMessage(format));
        var readers = CounselingReaders(counselingReaders);
        UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            program.NoteFormat = chosen.Code;
            program.CounselingNoteRoles = string.Join(',', readers);
            return 0;
        });
    }

    private static IReadOnlyList<string> CounselingReaders(string roles)
    {
        var parsed = string.IsNullOrWhiteSpace(roles) ? [] : Roles.Parse(roles);
        if (parsed.Contains(Roles.Integrator))
            throw EngineException.Invalid("integrators read exports, and SUD counseling notes are never exported; choose staff roles");
        return parsed;
    }
}
