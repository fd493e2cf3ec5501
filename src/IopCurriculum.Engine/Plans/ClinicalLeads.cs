using IopCurriculum.Access;

namespace IopCurriculum.Engine.Plans;

/// <summary>Signing a plan, reviewing it and signing a discharge summary are a clinical lead's.</summary>
internal static class ClinicalLeads
{
    public static void Require(UserDirectory users, string userName, string what)
    {
        var user = users.Find(userName);
        if (user is null || user.DisabledUtc is not null || !Roles.Parse(user.Roles).Contains(Roles.ClinicalLead))
            throw EngineException.Invalid($"only a clinical lead may {what}; '{userName}' is not an active clinical lead");
    }
}
