using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Engine.Charts;

/// <summary>The client's place in one cohort: where the course stands, how it got there, attendance, tests and the treatment plan.</summary>
/// <param name="TimeZone">The program's zone, in which every time of the enrolment is given.</param>
/// <param name="Active">Whether any of the client's workflows in the cohort is still running.</param>
/// <param name="Stages">Each workflow's current stage, the course first.</param>
/// <param name="Timeline">Each stage the client entered, in order; a week that kept the client where they were is not a new entry.</param>
/// <param name="Attendance">Attended and missed sessions per track, from the current entry of each session.</param>
/// <param name="Results">In order of collection.</param>
/// <param name="Discharge">Every version of the discharge summary, oldest first; empty until one is written.</param>
/// <param name="Notes">The client's progress notes, newest session first (SUD counseling notes are never here).</param>
public sealed record ChartEnrolment(
    string CohortId,
    string ProgramId,
    string ProgramName,
    string TimeZone,
    int StartWeek,
    bool Active,
    IReadOnlyList<WorkflowProgress> Stages,
    IReadOnlyList<ChartStep> Timeline,
    IReadOnlyList<TrackTally> Attendance,
    IReadOnlyList<ChartResult> Results,
    ClientTreatmentPlan Plan,
    IReadOnlyList<DischargeVersion> Discharge,
    IReadOnlyList<Notes.ProgressNote> Notes);
