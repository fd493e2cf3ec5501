using IopCurriculum.Access;

namespace IopCurriculum.Engine.Notes;

/// <summary>Who may write and sign progress notes: active clinical leads, and facilitators and supervisors of the cohort.</summary>
internal static class NoteWriters
{
    public static UserAccount Require(UserDirectory users, string userName, string cohortId, string what)
    {
        var user = users.Find(userName);
        if (user is not null && user.ActiveIn(Roles.ClinicalLead)) return user;
        if (user is not null && (user.ActiveIn(Roles.Facilitator) || user.ActiveIn(Roles.Supervisor)) && users.CohortsOf(user.Id).Contains(cohortId))
            return user;
        throw EngineException.Invalid(
            $"only a clinical lead, or a facilitator or supervisor of cohort {cohortId}, may {what}; '{userName}' is not one");
    }
}
