using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Serving;

/// <summary>The server's CapabilityStatement, from the same table of types and parameters the searches use.</summary>
public static class Capabilities
{
    public const string BulkExport = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export";
    public const string BulkGroupExport = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export";

    public static CapabilityStatement Build(string baseUrl, DateTimeOffset at, string software)
    {
        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = "Read and search of the care-plan export's resources, and Bulk Data $export of the same resources as NDJSON.",
            Security = new CapabilityStatement.SecurityComponent
            {
                Description = "Every request needs an integrator's bearer token (Authorization: Bearer iop_…, issued with `iop user token`) "
                    + "or an integrator's browser sign-in. Resources about clients carry 42 CFR Part 2 security labels; every read, search and export is audited.",
            },
            Operation =
            [
                new CapabilityStatement.OperationComponent { Name = "export", Definition = BulkExport, Documentation = "System-level Bulk Data export (Prefer: respond-async; _type, _since, _outputFormat application/fhir+ndjson)." },
            ],
        };
        foreach (var type in SearchParameters.Types)
        {
            var resource = new CapabilityStatement.ResourceComponent
            {
                Type = type,
                Interaction =
                [
                    new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                    new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
                ],
                SearchParam = [.. SearchParameters.ByType[type].Select(p => new CapabilityStatement.SearchParamComponent
                {
                    Name = p.Name,
                    Type = p.Type,
                    Documentation = p.Documentation,
                })],
            };
            if (type == "Group")
                resource.Operation.Add(new CapabilityStatement.OperationComponent { Name = "export", Definition = BulkGroupExport, Documentation = "The cohort's resources as Bulk Data NDJSON." });
            rest.Resource.Add(resource);
        }
        return new CapabilityStatement
        {
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(at),
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = software },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "IopCurriculum FHIR API", Url = baseUrl },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["json", "application/fhir+json"],
            InstantiatesElement = [new Canonical("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data")],
            Rest = [rest],
        };
    }
}
