using System.Globalization;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Extensions;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// Each client's contingency-management ledger: <c>issue-reward</c> records what the workflow granted,
/// once per action however often it is tried, and staff record handing it over.
/// </summary>
public sealed class RewardLedger
{
    private readonly EngineContext _context;

    internal RewardLedger(EngineContext context) => _context = context;

    /// <summary>The reward an <c>issue-reward</c> action grants, recorded the first time and found again on a repeat.</summary>
    public RewardView GrantFor(ClaimedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var amountText = action.Arguments.GetValueOrDefault(Workflows.WorkflowActionNames.AmountArgument);
        if (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            throw EngineException.Invalid($"action {action.Id} gives no positive amount ('{amountText}')");
        if (action.EnrolmentId is not { } enrolmentId || action.ClientId is not { } clientId)
            throw EngineException.Invalid($"action {action.Id} names no client to reward");
        var id = UnitOfWork.Run(_context, db =>
        {
            if (db.Rewards.AsNoTracking().SingleOrDefault(r => r.OutboxId == action.Id) is { } granted) return granted.Id;
            var reward = new RewardRecord
            {
                OutboxId = action.Id,
                CohortId = action.CohortId,
                EnrolmentId = enrolmentId,
                ClientId = clientId,
                Amount = amount,
                Reason = action.Note ?? action.Reason,
                TestResultId = action.TestResultId,
                EarnedUtc = _context.UtcNow,
            };
            db.Rewards.Add(reward);
            db.SaveChanges();
            return reward.Id;
        });
        using var read = _context.Database.Open();
        return Views(read, [read.Rewards.AsNoTracking().Single(r => r.Id == id)])[0];
    }

    /// <summary>A client's rewards, newest first.</summary>
    public IReadOnlyList<RewardView> OfClient(string clientId)
    {
        using var db = _context.Database.Open();
        return Views(db, db.Rewards.AsNoTracking().Where(r => r.ClientId == clientId).OrderByDescending(r => r.EarnedUtc).ThenByDescending(r => r.Id).ToList());
    }

    /// <summary>Each of a cohort's rewarded clients, added up, for the dashboard.</summary>
    public IReadOnlyDictionary<string, RewardTotals> TotalsOf(string cohortId)
    {
        using var db = _context.Database.Open();
        // Amounts are summed here rather than in SQL: SQLite keeps decimals as text.
        return db.Rewards.AsNoTracking().Where(r => r.CohortId == cohortId).AsEnumerable()
            .GroupBy(r => r.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new RewardTotals(g.Key, g.Sum(r => r.Amount), g.Where(r => r.GivenUtc != null).Sum(r => r.Amount), g.Count(r => r.GivenUtc == null)), StringComparer.Ordinal);
    }

    /// <summary>Records that a reward was handed to the client.</summary>
    public RewardView Give(long id, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        UnitOfWork.Run(_context, db =>
        {
            var reward = db.Rewards.SingleOrDefault(r => r.Id == id) ?? throw EngineException.NotFound($"there is no reward {id}");
            if (reward.GivenUtc is not null)
                throw EngineException.Conflict($"reward {id} was already handed over by {reward.GivenBy}");
            reward.GivenUtc = _context.UtcNow;
            reward.GivenBy = actor;
            return true;
        });
        using var read = _context.Database.Open();
        return Views(read, [read.Rewards.AsNoTracking().Single(r => r.Id == id)])[0];
    }

    private static List<RewardView> Views(IopDbContext db, List<RewardRecord> rows)
    {
        var resultIds = rows.Where(r => r.TestResultId != null).Select(r => r.TestResultId!.Value).ToList();
        var tests = db.TestResults.AsNoTracking().Where(t => resultIds.Contains(t.Id)).ToDictionary(t => t.Id);
        return [.. rows.Select(r => new RewardView(r.Id, r.CohortId, r.ClientId, r.Amount, r.Reason, r.TestResultId,
            r.TestResultId is { } t && tests.TryGetValue(t, out var test) ? LocalDate.FromDateOnly(test.CollectedOn) : null,
            r.EarnedUtc.ToInstant(), r.GivenUtc?.ToInstant(), r.GivenBy))];
    }
}
