using IopCurriculum.Engine.Measures;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// Finds which enrolments a resource id belongs to without building any resource: ids are hashes of
/// business identifiers, so the index derives each enrolment's ids from one light query and compares.
/// </summary>
public sealed class ClientIndex(IopDatabase database)
{
    /// <summary>Every enrolment in export order: by cohort id, then as enrolled.</summary>
    public IReadOnlyList<EnrolmentRow> Enrolments()
    {
        using var db = database.Open();
        return [.. db.Enrolments.AsNoTracking()
            .Join(db.Cohorts, e => e.CohortId, c => c.Id, (e, c) => new { e.Id, e.CohortId, e.ClientId, c.ProgramId })
            .Join(db.Programs, x => x.ProgramId, p => p.Id, (x, p) => new { x.Id, x.CohortId, x.ClientId, x.ProgramId, p.ClientIdSystem })
            .OrderBy(x => x.CohortId).ThenBy(x => x.Id)
            .AsEnumerable()
            .Select(x => new EnrolmentRow(x.Id, x.ProgramId, x.ClientIdSystem, x.CohortId, x.ClientId))];
    }

    /// <summary>The enrolments with an attended session whose Encounter has one of the ids.</summary>
    public HashSet<long> EncounterOwners(IReadOnlyList<EnrolmentRow> rows, IReadOnlySet<string> encounterIds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(encounterIds);
        var keys = new EnrolmentKeys(rows);
        using var db = database.Open();
        var pairs = db.Attendance.AsNoTracking().Select(a => new { a.EnrolmentId, a.PlannedSessionId }).Distinct().ToList();
        var owners = new HashSet<long>();
        foreach (var pair in pairs)
            if (keys.Of(pair.EnrolmentId) is { } key && encounterIds.Contains(key.Encounter(pair.PlannedSessionId).Id)) owners.Add(pair.EnrolmentId);
        return owners;
    }

    /// <summary>The enrolments with a progress note whose DocumentReference would have one of the ids (whether the note is complete is for the export to say).</summary>
    public HashSet<long> NoteOwners(IReadOnlyList<EnrolmentRow> rows, IReadOnlySet<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(documentIds);
        var keys = new EnrolmentKeys(rows);
        using var db = database.Open();
        var notes = db.ProgressNotes.AsNoTracking().Where(n => n.SignedUtc != null).Select(n => new { n.Id, n.EnrolmentId }).ToList();
        var owners = new HashSet<long>();
        foreach (var note in notes)
            if (keys.Of(note.EnrolmentId) is { } key && documentIds.Contains(key.DocumentReference(note.Id).Id)) owners.Add(note.EnrolmentId);
        return owners;
    }

    /// <summary>The enrolments of clients with a consent whose Consent would have one of the ids (whether it names the recipient is for the export to say).</summary>
    public HashSet<long> ConsentOwners(IReadOnlyList<EnrolmentRow> rows, IReadOnlySet<string> consentIds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(consentIds);
        using var db = database.Open();
        var consents = db.Consents.AsNoTracking().Select(c => new { c.Id, c.ClientId }).AsEnumerable().ToLookup(c => c.ClientId, c => c.Id);
        var owners = new HashSet<long>();
        foreach (var row in rows)
        {
            var key = row.Keys();
            if (consents[row.ClientId].Any(id => consentIds.Contains(key.Consent(id).Id))) owners.Add(row.EnrolmentId);
        }
        return owners;
    }

    /// <summary>
    /// The enrolments with a measure whose QuestionnaireResponse (for <c>QuestionnaireResponse</c>) or panel or
    /// score Observation (for <c>Observation</c>, with the test results' Observations) has one of the ids.
    /// </summary>
    public HashSet<long> MeasureOwners(IReadOnlyList<EnrolmentRow> rows, string type, IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(ids);
        var keys = new EnrolmentKeys(rows);
        using var db = database.Open();
        var owners = new HashSet<long>();
        foreach (var measure in db.Measures.AsNoTracking().ToList())
        {
            if (keys.Of(measure.EnrolmentId) is not { } key) continue;
            var found = type == "QuestionnaireResponse"
                ? ids.Contains(key.QuestionnaireResponse(measure.Id).Id)
                : ids.Contains(key.MeasureObservation(measure.Id, null).Id)
                    || MeasureEntry.From(measure).Scores.Any(s => ids.Contains(key.MeasureObservation(measure.Id, s.Id).Id));
            if (found) owners.Add(measure.EnrolmentId);
        }
        if (type == "Observation")
            foreach (var result in db.TestResults.AsNoTracking().Select(r => new { r.Id, r.EnrolmentId }).ToList())
                if (keys.Of(result.EnrolmentId) is { } key && ids.Contains(key.Observation(result.Id).Id)) owners.Add(result.EnrolmentId);
        return owners;
    }

    /// <summary>The keys of the given enrolments, each derived once however many records it has.</summary>
    private sealed class EnrolmentKeys(IReadOnlyList<EnrolmentRow> rows)
    {
        private readonly Dictionary<long, EnrolmentRow> _rows = rows.ToDictionary(r => r.EnrolmentId);
        private readonly Dictionary<long, ClientKeys> _keys = [];

        /// <summary>Null for an enrolment not among the rows.</summary>
        public ClientKeys? Of(long enrolmentId)
        {
            if (!_rows.TryGetValue(enrolmentId, out var row)) return null;
            if (!_keys.TryGetValue(enrolmentId, out var key)) _keys[enrolmentId] = key = row.Keys();
            return key;
        }
    }
}
