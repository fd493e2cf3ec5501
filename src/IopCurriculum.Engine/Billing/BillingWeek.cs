using IopCurriculum.Domain.Billing;
using IopCurriculum.Notes.Billing;
using NodaTime;

namespace IopCurriculum.Engine.Billing;

/// <summary>A cohort's week for a billing team: the program's rules and every client-day judged against them.</summary>
public sealed record BillingWeek(string CohortId, string ProgramId, int Week, LocalDate First, LocalDate Last, IReadOnlyList<BillingRule> Rules, IReadOnlyList<BillingDay> Days);
