using IopCurriculum.Consent;
using NodaTime;

namespace IopCurriculum.Engine.Consent;

/// <summary>A client's consent as staff read it: its terms, where it stands today, who recorded and revoked it.</summary>
/// <param name="RecipientName">The organization's name, or the class of recipient's label.</param>
/// <param name="Form">The scanned form's file name and SHA-256, or null where none is kept.</param>
public sealed record ConsentView(
    ConsentTerms Terms,
    string RecipientName,
    string? PurposeText,
    string? Witness,
    ConsentStanding Standing,
    Instant RecordedAt,
    string RecordedBy,
    LocalDate? RevokedOn,
    string? RevokedBy,
    string? RevocationNote,
    (string FileName, string Sha256)? Form);

/// <summary>A client whose consent staff should look at: none in effect, or the last one expiring soon.</summary>
/// <param name="Expires">The last day the consent in effect lasts, or null where none is in effect.</param>
public sealed record ConsentWarning(string ClientId, LocalDate? Expires)
{
    public string Sentence => Expires is { } last
        ? $"consent expires after {last.ToString("ddd d MMM uuuu", System.Globalization.CultureInfo.InvariantCulture)}"
        : "no consent in effect: nothing is disclosed outside the program";
}
