using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Setup;

public sealed partial class ProgramService
{
    /// <summary>Which measures the program's clients are asked to complete, and when: its own, or the shipped schedule.</summary>
    public MeasureSchedule MeasureScheduleOf(string programId)
    {
        using var db = _context.Database.Open();
        var program = db.Programs.SingleOrDefault(p => p.Id == programId)
            ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
        return MeasureScheduleOf(program);
    }

    /// <summary>The schedule a program record holds, or the shipped one when it holds none.</summary>
    public static MeasureSchedule MeasureScheduleOf(ProgramRecord program)
    {
        ArgumentNullException.ThrowIfNull(program);
        // Stored text was checked when it was set; the instruments it names are built in and never go away.
        return program.MeasureSchedule is { } text
            ? MeasureScheduleReader.Parse(text, $"program {program.Id} measure schedule", BuiltInMeasures.Instruments).Value
            : BuiltInMeasures.DefaultSchedule;
    }

    /// <summary>Sets the program's measure schedule from its YAML text, every problem named at its line and column; nothing is written when any is found.</summary>
    /// <param name="sourceName">Names the text in messages: the file it came from, or the form.</param>
    public MeasureSchedule SetMeasureSchedule(string programId, string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var loaded = MeasureScheduleReader.Parse(text, sourceName, BuiltInMeasures.Instruments);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the measure schedule {sourceName} does not load", [.. loaded.Diagnostics.Select(d => d.ToString())]);
        return SetMeasureSchedule(programId, loaded.Value);
    }

    /// <summary>Sets the program's measure schedule; null goes back to the shipped one.</summary>
    public MeasureSchedule SetMeasureSchedule(string programId, MeasureSchedule? schedule) =>
        UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            program.MeasureSchedule = schedule is null ? null : MeasureScheduleReader.Write(schedule);
            return schedule ?? BuiltInMeasures.DefaultSchedule;
        });
}
