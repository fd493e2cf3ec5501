using IopCurriculum.Engine;

namespace IopCurriculum.Access;

/// <summary>What a signed-in user may do. A user may hold several roles.</summary>
public static class Roles
{
    /// <summary>Designs curricula and workflows; sees every program and cohort.</summary>
    public const string ClinicalLead = "clinical-lead";

    /// <summary>Runs groups: their own cohorts' rosters, attendance and guides.</summary>
    public const string Facilitator = "facilitator";

    /// <summary>An EHR or analyst: reads and exports FHIR, nothing else.</summary>
    public const string Integrator = "integrator";

    /// <summary>Manages users, tokens and calendar feeds, and reads the audit.</summary>
    public const string Admin = "admin";

    /// <summary>Co-signs the progress notes of staff whose notes need it (trainees, interns).</summary>
    public const string Supervisor = "supervisor";

    public static IReadOnlyList<string> All { get; } = [ClinicalLead, Facilitator, Supervisor, Integrator, Admin];

    /// <summary>Splits a comma-separated role list, refusing any word that is not a role.</summary>
    public static IReadOnlyList<string> Parse(string roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var words = roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0) throw EngineException.Invalid($"give at least one role: {string.Join(", ", All)}");
        var unknown = words.Where(w => !All.Contains(w)).ToList();
        if (unknown.Count > 0)
            throw EngineException.Invalid($"unknown role{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)}: use {string.Join(", ", All)}");
        return words;
    }
}
