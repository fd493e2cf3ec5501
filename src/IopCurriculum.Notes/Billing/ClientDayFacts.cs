using NodaTime;

namespace IopCurriculum.Notes.Billing;

/// <summary>What the record says of one client on one day: what they attended, what is not yet recorded, and their plan.</summary>
/// <param name="Unrecorded">Sessions of the day that are over and the client was expected at, with no attendance recorded.</param>
/// <param name="PlanSigned">A signed treatment plan was in force on the day.</param>
/// <param name="PlanReviewOverdue">The plan in force was past its review date on the day.</param>
public sealed record ClientDayFacts(
    string ClientId,
    LocalDate Date,
    int Week,
    IReadOnlyList<AttendedService> Services,
    IReadOnlyList<string> Unrecorded,
    bool PlanSigned,
    bool PlanReviewOverdue);
