using IopCurriculum.Consent;

namespace IopCurriculum.Fhir.Output;

/// <summary>
/// What of one client's records may go to the recipient the disclosure gate let them go to: their progress
/// notes only where the consent relied on covers them, and of their consents only those naming the recipient.
/// </summary>
/// <param name="Recipient">Who they go to, or null where no recipient is asked about (every consent goes).</param>
public sealed record ClientRelease(bool ProgressNotes, Recipient? Recipient)
{
    /// <summary>Everything, for a reader that is not a disclosure.</summary>
    public static ClientRelease Everything { get; } = new(true, null);

    public bool Shows(ConsentTerms consent) => Recipient is null || consent.Names(Recipient);
}
