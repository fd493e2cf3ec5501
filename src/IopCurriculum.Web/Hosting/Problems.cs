using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Web.Hosting;

/// <summary>
/// How the engine's refusals become RFC 7807 problems outside the FHIR API (which answers OperationOutcomes):
/// the status (a bad request, a missing record, a conflict) and, as the detail, the engine's own sentence
/// naming what was wrong, with any further lines as <c>errors</c>.
/// </summary>
public static class Problems
{
    public static int StatusFor(Exception exception) => exception switch
    {
        EngineException { Kind: ProblemKind.NotFound } => StatusCodes.Status404NotFound,
        EngineException { Kind: ProblemKind.Conflict } => StatusCodes.Status409Conflict,
        EngineException => StatusCodes.Status400BadRequest,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static void Describe(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Exception)
        {
            case EngineException refusal:
                context.ProblemDetails.Detail = refusal.Message;
                if (refusal.Details.Count > 0) context.ProblemDetails.Extensions["errors"] = refusal.Details;
                break;
            case BadHttpRequestException bad:
                context.ProblemDetails.Detail = bad.Message;
                break;
        }
    }
}
