using Hl7.Fhir.Model;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>The CodeableConcepts the export writes, each built fresh (POCOs are mutable; sharing one between resources invites surprises).</summary>
internal static class Concepts
{
    /// <summary>
    /// A track: its confirmed SNOMED code where the mapping gives one, always the project's own code for
    /// the track, and its name as text, so a receiver that knows neither code still reads what it is.
    /// </summary>
    public static CodeableConcept Track(ExportSettings settings, Curriculum curriculum, Track track)
    {
        var concept = new CodeableConcept { Text = track.Name };
        if (settings.Codings.Snomed(curriculum.Id.Value, track.Code.Value) is { } snomed)
            concept.Coding.Add(new Coding(CodeSystems.Snomed, snomed, ConfirmedSnomed.Displays[snomed]));
        concept.Coding.Add(new Coding(settings.Naming.TrackSystem(curriculum.Id.Value), track.Code.Value, track.Name));
        return concept;
    }

    /// <summary>A stored session's track; one the curriculum no longer has (it changed after the cohort was planned) is text and our own code only.</summary>
    public static CodeableConcept Track(ExportSettings settings, CohortContext cohort, string trackCode)
    {
        var curriculum = cohort.Curriculum;
        if (cohort.Track(trackCode) is { } track) return Track(settings, curriculum, track);
        return new CodeableConcept(settings.Naming.TrackSystem(curriculum.Id.Value), trackCode, trackCode, trackCode);
    }

    public static CodeableConcept UsCoreAssessPlan() =>
        new(CodeSystems.UsCoreCarePlanCategory, "assess-plan", "Assessment and Plan of Treatment", null);

    /// <summary>The program's own category: an intensive outpatient program following this curriculum.</summary>
    public static CodeableConcept Program(ExportSettings settings, Curriculum curriculum, string programName) =>
        new(settings.Naming.CategorySystem, "intensive-outpatient-program", "Intensive outpatient program", $"{programName}: {curriculum.Title}");
}
