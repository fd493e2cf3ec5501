using IopCurriculum.Engine;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>
/// Calendar feeds behind secret addresses. Calendar apps cannot sign in, so the address is the key:
/// it is shown once, only its hash is kept, and revoking the feed ends it.
/// </summary>
public sealed partial class CalendarFeeds
{
    private readonly WorkContext _context;
    private readonly ICohortFeedEvents _cohortEvents;

    internal CalendarFeeds(WorkContext context, ICohortFeedEvents cohortEvents)
    {
        _context = context;
        _cohortEvents = cohortEvents;
    }

    public CreatedFeed Create(string kind, string subject, string actor)
    {
        if (kind is not (FeedKinds.Cohort or FeedKinds.Facilitator))
            throw EngineException.Invalid($"unknown feed kind '{kind}': use {FeedKinds.Cohort} or {FeedKinds.Facilitator}");
        var secret = Secrets.New();
        var created = UnitOfWork.Run(_context, db =>
        {
            if (kind == FeedKinds.Cohort && !db.Cohorts.Any(c => c.Id == subject))
                throw EngineException.NotFound($"cohort '{subject}' not found");
            if (kind == FeedKinds.Facilitator && !db.Users.Any(u => u.UserName == subject))
                throw EngineException.NotFound($"user '{subject}' not found");
            var record = new CalendarFeedRecord { Kind = kind, Subject = subject, Hash = Secrets.Hash(secret), CreatedBy = actor, CreatedUtc = _context.UtcNow };
            db.CalendarFeeds.Add(record);
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = _context.UtcNow, Actor = actor, Action = "feed-create", Resource = $"{kind} {subject}" });
            return record;
        });
        // Mapped once the unit has committed: the row's id is only known then.
        return new CreatedFeed(secret, CalendarFeedListing.From(created));
    }

    /// <summary>The live feed a secret opens, or null.</summary>
    public CalendarFeedListing? Resolve(string secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 100) return null;
        var hash = Secrets.Hash(secret);
        using var db = _context.Database.Open();
        return db.CalendarFeeds.SingleOrDefault(f => f.Hash == hash && f.RevokedUtc == null) is { } feed ? CalendarFeedListing.From(feed) : null;
    }

    public IReadOnlyList<CalendarFeedListing> List()
    {
        using var db = _context.Database.Open();
        return [.. db.CalendarFeeds.OrderBy(f => f.Id).AsEnumerable().Select(CalendarFeedListing.From)];
    }

    public void Revoke(long feedId, string actor)
    {
        UnitOfWork.Run(_context, db =>
        {
            var feed = db.CalendarFeeds.SingleOrDefault(f => f.Id == feedId) ?? throw EngineException.NotFound($"calendar feed {feedId} not found");
            feed.RevokedUtc ??= _context.UtcNow;
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = _context.UtcNow, Actor = actor, Action = "feed-revoke", Resource = $"{feed.Kind} {feed.Subject}" });
            return feed;
        });
    }
}
