using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Engine.Setup;

public sealed partial class ProgramService
{
    /// <summary>
    /// Sets what a program's FHIR exports disclose: the identifier system client ids are sent under (the
    /// receiving EHR's, so it can match its own charts), and whether test results go as Observations.
    /// A null leaves that setting as it is; an empty system returns to the default.
    /// </summary>
    public ProgramSummary SetExport(string programId, string? clientIdSystem, bool? testResults)
    {
        if (clientIdSystem is { Length: > 0 } system && !Uri.TryCreate(system, UriKind.Absolute, out _))
            throw EngineException.InvalidField("client-id-system", $"the client identifier system '{system}' is not an absolute URI, such as urn:oid:2.16.840.1.113883.3.1234 or https://ehr.example.org/mrn");
        return ProgramSummary.From(UnitOfWork.Run(_context, db =>
        {
            var program = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            if (clientIdSystem is not null) program.ClientIdSystem = clientIdSystem.Length == 0 ? null : clientIdSystem.Trim();
            if (testResults is { } include) program.ExportTestResults = include;
            return program;
        }));
    }
}
