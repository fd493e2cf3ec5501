using IopCurriculum.Engine;

namespace IopCurriculum.Web.Hosting;

/// <summary>How the engine's refusals become HTTP statuses: a bad request, a missing record, a conflict.</summary>
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
}
