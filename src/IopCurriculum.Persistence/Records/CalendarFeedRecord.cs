namespace IopCurriculum.Persistence.Records;

/// <summary>
/// An iCalendar feed behind a secret address, for calendar apps that cannot sign in. Only the secret's
/// SHA-256 is stored; revoking the feed ends the address.
/// </summary>
public sealed class CalendarFeedRecord
{
    public long Id { get; set; }
    /// <summary><c>cohort</c> or <c>facilitator</c>.</summary>
    public required string Kind { get; set; }
    /// <summary>The cohort id, or the facilitator's user name.</summary>
    public required string Subject { get; set; }
    /// <summary>Lower-case hex SHA-256 of the secret in the address.</summary>
    public required string Hash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
