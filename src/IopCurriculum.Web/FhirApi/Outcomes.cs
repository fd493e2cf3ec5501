using Hl7.Fhir.Model;

namespace IopCurriculum.Web.FhirApi;

/// <summary>Errors as FHIR clients read them: an OperationOutcome whose issue code matches the HTTP status.</summary>
internal static class Outcomes
{
    public static OperationOutcome Of(int status, string message) => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = status >= 500 ? OperationOutcome.IssueSeverity.Fatal : OperationOutcome.IssueSeverity.Error,
                Code = Code(status),
                Diagnostics = message,
            },
        ],
    };

    /// <summary>What to say when the pipeline set a status without a body.</summary>
    public static string DefaultMessage(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "sign-in needed: send Authorization: Bearer iop_… with an integrator's token; a missing, wrong, revoked or expired token is refused",
        StatusCodes.Status403Forbidden => "the FHIR API is for integrators; this account does not have that role",
        StatusCodes.Status404NotFound => "no such FHIR endpoint; see /fhir/metadata for what this server answers",
        StatusCodes.Status405MethodNotAllowed => "this server only reads and searches (GET), and cancels exports (DELETE)",
        StatusCodes.Status413PayloadTooLarge => "the request body is larger than this server accepts",
        _ => "the request could not be answered",
    };

    private static OperationOutcome.IssueType Code(int status) => status switch
    {
        StatusCodes.Status400BadRequest => OperationOutcome.IssueType.Invalid,
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status405MethodNotAllowed or StatusCodes.Status406NotAcceptable => OperationOutcome.IssueType.NotSupported,
        StatusCodes.Status409Conflict => OperationOutcome.IssueType.Conflict,
        StatusCodes.Status413PayloadTooLarge => OperationOutcome.IssueType.TooCostly,
        _ => OperationOutcome.IssueType.Exception,
    };
}
