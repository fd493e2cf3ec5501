using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A staff member as a reference. Staff are not exported as Practitioners (the program keeps only user
/// names), so each is named by display alone: a care team's members, a note's author and authenticator.
/// </summary>
internal static class Staff
{
    public static ResourceReference Named(string userName) => new() { Display = userName };
}
