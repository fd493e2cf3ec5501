namespace IopCurriculum.Engine.Enrolling;

/// <summary>A client after their names were corrected.</summary>
/// <param name="Changed">False when the names given were the ones already recorded: nothing was written.</param>
/// <param name="Enrolments">The cohorts whose history records the change.</param>
public sealed record RenamedClient(string ClientId, string GivenName, string FamilyName, bool Changed, IReadOnlyList<string> Enrolments);
