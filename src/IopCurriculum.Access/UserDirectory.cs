using System.Text.RegularExpressions;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Input;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>
/// The people who sign in: creating them, checking their passwords, their roles and the cohorts a
/// facilitator runs. Every change is one transaction with its audit line and renews the user's security
/// stamp, which ends sign-ins issued before it.
/// </summary>
public sealed partial class UserDirectory
{
    private readonly WorkContext _context;

    internal UserDirectory(WorkContext context) => _context = context;

    public UserAccount Create(string userName, string displayName, string password, string roles, string actor) =>
        Create(userName, displayName, password, roles, actor, firstAdministrator: false);

    /// <summary>
    /// The installation's first administrator, made with the admin role alone by the one-time setup link.
    /// The check that no active administrator exists is made in the same transaction as the write.
    /// </summary>
    /// <exception cref="EngineException">Conflict when an active administrator exists already.</exception>
    public UserAccount CreateFirstAdministrator(string userName, string displayName, string password, string actor) =>
        Create(userName, displayName, password, Roles.Admin, actor, firstAdministrator: true);

    private UserAccount Create(string userName, string displayName, string password, string roles, string actor, bool firstAdministrator)
    {
        var name = CheckUserName(userName);
        var roleList = Roles.Parse(roles);
        var hash = PasswordHash.Create(password);
        var created = UnitOfWork.Run(_context, db =>
        {
            if (firstAdministrator && AnyAdmin(db)) throw EngineException.Conflict("an administrator exists already; the first administrator is made only once");
            if (db.Users.Any(u => u.UserName == name)) throw EngineException.Conflict($"user '{name}' already exists");
            var user = new UserRecord
            {
                UserName = name,
                DisplayName = FieldRules.OptionalName(displayName, "the display name", 200) ?? name,
                PasswordHash = hash,
                Roles = string.Join(',', roleList),
                CreatedUtc = _context.UtcNow,
                SecurityStamp = Secrets.New(),
            };
            db.Users.Add(user);
            Audit(db, actor, "user-create", $"user {name} roles {user.Roles}");
            return user;
        });
        // Mapped once the unit has committed: the row's id is only known then.
        return UserAccount.From(created);
    }

    /// <summary>The user whose password this is, or null for an unknown user, a wrong password or a disabled account.</summary>
    public UserSignIn? Verify(string userName, string password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return null;
        var user = Read(userName);
        // Hash anyway for an unknown user, so the response time does not tell which user names exist.
        var ok = PasswordHash.Verify(password, user?.PasswordHash ?? UnknownUserHash.Value);
        return ok && user is { DisabledUtc: null } ? UserSignIn.From(user) : null;
    }

    private static readonly Lazy<string> UnknownUserHash = new(() => PasswordHash.Create(Secrets.New()));

    public UserAccount? Find(string userName) => Read(userName) is { } user ? UserAccount.From(user) : null;

    /// <summary>
    /// Whether a sign-in issued with <paramref name="securityStamp"/> still stands: the user exists, is not
    /// disabled, and no change to the password, roles or status has renewed the stamp since.
    /// </summary>
    public bool SignInStands(long userId, string? securityStamp)
    {
        using var db = _context.Database.Open();
        var user = db.Users.SingleOrDefault(u => u.Id == userId);
        return user is { DisabledUtc: null } && user.SecurityStamp == securityStamp;
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var db = _context.Database.Open();
        return [.. db.Users.OrderBy(u => u.UserName).AsEnumerable().Select(UserAccount.From)];
    }

    public bool AnyAdmin()
    {
        using var db = _context.Database.Open();
        return AnyAdmin(db);
    }

    private static bool AnyAdmin(Persistence.IopDbContext db) =>
        db.Users.Any(u => u.DisabledUtc == null && ("," + u.Roles + ",").Contains("," + Roles.Admin + ","));

    public UserAccount SetPassword(string userName, string password, string actor)
    {
        var hash = PasswordHash.Create(password);
        return Change(userName, actor, "user-password", user => user.PasswordHash = hash);
    }

    /// <exception cref="EngineException">Conflict when this would take the admin role from the last active administrator.</exception>
    public UserAccount SetRoles(string userName, string roles, string actor)
    {
        var parsed = Roles.Parse(roles);
        var roleList = string.Join(',', parsed);
        return Change(userName, actor, $"user-roles {roleList}", (db, user) =>
        {
            if (!parsed.Contains(Roles.Admin)) KeepAnAdmin(db, user, "take the admin role from");
            user.Roles = roleList;
        });
    }

    /// <exception cref="EngineException">Conflict when users would disable themselves or the last active administrator.</exception>
    public UserAccount Disable(string userName, string actor) =>
        Change(userName, actor, "user-disable", (db, user) =>
        {
            if (string.Equals(user.UserName, actor?.Trim(), StringComparison.OrdinalIgnoreCase))
                throw EngineException.Conflict($"user '{user.UserName}' cannot disable their own account; another administrator must");
            KeepAnAdmin(db, user, "disable");
            user.DisabledUtc ??= _context.UtcNow;
        });

    public UserAccount Enable(string userName, string actor) =>
        Change(userName, actor, "user-enable", user => user.DisabledUtc = null);

    /// <summary>Sets whether the progress notes a user signs need a supervisor's co-signature (trainees, interns).</summary>
    public UserAccount SetNotesNeedCoSignature(string userName, bool needed, string actor) =>
        Change(userName, actor, needed ? "user-notes-cosign" : "user-notes-own", user => user.NotesNeedCoSignature = needed);

    /// <summary>Sets where a user's task notices go; an empty address stops them.</summary>
    public UserAccount SetEmail(string userName, string? email, string actor)
    {
        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (address is not null && (address.Length > 254 || !MimeAddress.IsValid(address)))
            throw EngineException.Invalid($"'{address}' is not an e-mail address, such as name@clinic.example.org");
        return Change(userName, actor, "user-email", user => user.Email = address);
    }

    /// <summary>Sets the recipient organization an integrator's tokens act for: what they read is what its clients consented to.</summary>
    public UserAccount SetRecipient(string userName, string recipientId, string actor)
    {
        var key = recipientId?.Trim().ToLowerInvariant() ?? "";
        return Change(userName, actor, $"user-recipient {key}", (db, user) =>
        {
            if (!Roles.Parse(user.Roles).Contains(Roles.Integrator))
                throw EngineException.Invalid($"user '{user.UserName}' is not an integrator; only integrators act for a recipient");
            if (!db.Recipients.Any(r => r.Id == key))
                throw EngineException.NotFound($"there is no recipient '{recipientId}'; the organization must be added as a recipient first");
            user.RecipientId = key;
        });
    }

    /// <summary>Gives a facilitator a cohort to run; assigning one they already have changes nothing.</summary>
    public void AssignCohort(string userName, string cohortId, string actor)
    {
        UnitOfWork.Run(_context, db =>
        {
            var user = Load(db, userName);
            if (!db.Cohorts.Any(c => c.Id == cohortId)) throw EngineException.NotFound($"cohort '{cohortId}' not found");
            var roles = Roles.Parse(user.Roles);
            if (!roles.Contains(Roles.Facilitator) && !roles.Contains(Roles.Supervisor))
                throw EngineException.Invalid($"user '{user.UserName}' is neither a facilitator nor a supervisor; give them the role first");
            if (db.FacilitatorCohorts.Any(f => f.UserId == user.Id && f.CohortId == cohortId)) return 0;
            db.FacilitatorCohorts.Add(new FacilitatorCohortRecord { UserId = user.Id, CohortId = cohortId });
            Audit(db, actor, "facilitator-assign", $"user {user.UserName} cohort {cohortId}");
            return 1;
        });
    }

    public void UnassignCohort(string userName, string cohortId, string actor)
    {
        UnitOfWork.Run(_context, db =>
        {
            var user = Load(db, userName);
            var row = db.FacilitatorCohorts.SingleOrDefault(f => f.UserId == user.Id && f.CohortId == cohortId)
                ?? throw EngineException.NotFound($"user '{user.UserName}' does not run cohort '{cohortId}'");
            db.FacilitatorCohorts.Remove(row);
            Audit(db, actor, "facilitator-unassign", $"user {user.UserName} cohort {cohortId}");
            return 1;
        });
    }

    /// <summary>The cohorts a facilitator runs, by id.</summary>
    public IReadOnlyList<string> CohortsOf(long userId)
    {
        using var db = _context.Database.Open();
        return [.. db.FacilitatorCohorts.Where(f => f.UserId == userId).Select(f => f.CohortId).OrderBy(c => c)];
    }

    /// <summary>
    /// Refuses a change that would leave no active administrator: nobody could then manage users in the
    /// browser, and only someone at the machine could make a new one.
    /// </summary>
    private static void KeepAnAdmin(Persistence.IopDbContext db, UserRecord user, string what)
    {
        if (user.DisabledUtc is not null || !Roles.Parse(user.Roles).Contains(Roles.Admin)) return;
        var others = db.Users.Where(u => u.Id != user.Id && u.DisabledUtc == null).Select(u => u.Roles).ToList();
        if (!others.Any(r => Roles.Parse(r).Contains(Roles.Admin)))
            throw EngineException.Conflict($"cannot {what} '{user.UserName}': they are the last active administrator; make another administrator first");
    }

    private UserAccount Change(string userName, string actor, string action, Action<UserRecord> change) =>
        Change(userName, actor, action, (_, user) => change(user));

    private UserAccount Change(string userName, string actor, string action, Action<Persistence.IopDbContext, UserRecord> change) =>
        UserAccount.From(UnitOfWork.Run(_context, db =>
        {
            var user = Load(db, userName);
            change(db, user);
            user.SecurityStamp = Secrets.New();
            var space = action.IndexOf(' ', StringComparison.Ordinal);
            Audit(db, actor, space < 0 ? action : action[..space], $"user {user.UserName}{(space < 0 ? "" : action[space..])}");
            return user;
        }));

    private UserRecord? Read(string userName)
    {
        var name = userName.Trim().ToLowerInvariant();
        using var db = _context.Database.Open();
        return db.Users.SingleOrDefault(u => u.UserName == name);
    }

    private static UserRecord Load(Persistence.IopDbContext db, string userName)
    {
        var name = userName.Trim().ToLowerInvariant();
        return db.Users.SingleOrDefault(u => u.UserName == name) ?? throw EngineException.NotFound($"user '{name}' not found");
    }

    private void Audit(Persistence.IopDbContext db, string actor, string action, string resource) =>
        db.AccessAudit.Add(new AccessAuditRecord { AtUtc = _context.UtcNow, Actor = actor, Action = action, Resource = resource });

    private static string CheckUserName(string userName)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (!UserNamePattern().IsMatch(name))
            throw EngineException.Invalid($"'{userName}' is not a valid user name: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores");
        return name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex UserNamePattern();
}
