using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Notes;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A signed progress note as a US Core-shaped DocumentReference: LOINC 11506-3 Progress note, category
/// clinical-note, the client as subject, the signing instant as its date, its signer as author and its
/// co-signer (or signer) as authenticator, the session's Encounter and time as context, and the whole note
/// with its addenda as a plain-text attachment. A note with addenda is <c>amended</c>, otherwise <c>final</c>.
/// </summary>
public static class DocumentReferenceResource
{
    public const string ContentType = "text/plain; charset=utf-8";
    public const string ProgressNoteCode = "11506-3";

    public static DocumentReference Build(ExportSettings settings, CohortContext cohort, SignedNote note, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(keys);
        var record = note.Note;
        var session = note.Session;
        var title = $"Progress note: {SessionText.Title(cohort, session)}";
        var signedBy = record.SignedBy!;
        var signed = new DateTimeOffset(note.SignedUtc, TimeSpan.Zero);
        var document = new DocumentReference
        {
            Id = withId ? note.Key.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Render(settings, cohort, note, keys, title) },
            Identifier = [new Identifier(keys.DocumentReferenceSystem, keys.DocumentReferenceValue(record.Id))],
            Status = DocumentReferenceStatus.Current,
            DocStatus = note.Amended ? CompositionStatus.Amended : CompositionStatus.Final,
            Type = new CodeableConcept(CodeSystems.Loinc, ProgressNoteCode, "Progress note", "Progress note"),
            Category = [new CodeableConcept(CodeSystems.UsCoreDocumentReferenceCategory, "clinical-note", "Clinical Note", null)],
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            DateElement = new Instant(signed),
            Author = [Staff.Named(signedBy)],
            Authenticator = Staff.Named(record.CoSignedBy ?? signedBy),
            // The program is known only by name: no Organization resource is exported to point at.
            Custodian = new ResourceReference { Display = cohort.Program.Name },
            Description = title,
            SecurityLabel = Part2Labels.SecurityLabels(),
            Content =
            [
                new DocumentReference.ContentComponent
                {
                    Attachment = new Attachment
                    {
                        ContentType = ContentType,
                        Data = Encoding.UTF8.GetBytes(ProgressNoteText.Render(settings, cohort, note, keys)),
                        Title = title,
                        CreationElement = SessionText.At(note.SignedUtc, cohort.Zone),
                    },
                },
            ],
            Context = new DocumentReference.ContextComponent
            {
                Encounter = note.Encounter is { } encounter ? [new ResourceReference(encounter.Reference(style))] : [],
                Period = SessionText.Period(cohort, session),
            },
        };
        return document;
    }

    /// <summary>What an EHR that shows only narratives lists: which note, whose, signed when, and whether amended.</summary>
    private static string Render(ExportSettings settings, CohortContext cohort, SignedNote note, ClientKeys keys, string title)
    {
        var record = note.Note;
        var signed = $"{record.SignedBy}, {SessionText.At(note.SignedUtc, cohort.Zone).Value}";
        if (record.CoSignedBy is { } coSigner && note.CoSignedUtc is { } coSigned)
            signed += $"; co-signed by {coSigner}, {SessionText.At(coSigned, cohort.Zone).Value}";
        var html = new Xhtml()
            .Labelled("Document", title)
            .Labelled("When", SessionText.LocalStart(note.Session))
            .Labelled("Client", keys.ClientId)
            .Labelled("Signed", signed);
        if (note.Amended)
            html.Labelled("Amended", note.Addenda.Count == 1 ? "1 addendum" : $"{note.Addenda.Count.ToString(CultureInfo.InvariantCulture)} addenda");
        return html.Element("p", "The note's full text is in the attached document.").Element("p", settings.Notice).ToString();
    }
}
