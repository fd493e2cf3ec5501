using Hl7.Fhir.Model;
using NodaTime;
using Period = Hl7.Fhir.Model.Period;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>Finds a client's exported resources and reads the parts the tests compare.</summary>
internal static class CarePlans
{
    public static CarePlan Of(IEnumerable<(string Json, Resource Resource)> resources, string clientId) =>
        resources.Select(r => r.Resource).OfType<CarePlan>().Single(c => c.Identifier[0].Value! == $"{CourseFixture.CohortId}/{clientId}");

    public static List<CarePlan.DetailComponent> Details(CarePlan plan) => [.. plan.Activity.Select(a => a.Detail!)];

    public static DateTimeOffset Start(CarePlan.DetailComponent detail) => ((Period)detail.Scheduled!).StartElement!.ToDateTimeOffset(TimeSpan.Zero);

    public static string? Reason(CarePlan.DetailComponent detail) => detail.StatusReason?.Coding.Single().Code;

    public static string Track(CarePlan.DetailComponent detail) => detail.Code!.Coding.Last().Code!;

    /// <summary>A Los Angeles local time as an instant with its offset.</summary>
    public static DateTimeOffset At(LocalDateTime local) => local.InZoneStrictly(FhirHarness.LosAngeles).ToDateTimeOffset();
}
