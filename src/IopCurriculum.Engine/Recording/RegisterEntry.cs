using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Recording;

/// <param name="Status">An attendance word: attended, late, excused, absent, cancelled.</param>
public sealed record RegisterEntry(string ClientId, string Status, string? Note = null);
