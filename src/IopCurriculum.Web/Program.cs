using IopCurriculum.Persistence;
using IopCurriculum.Web.Hosting;

try
{
    var app = WebApp.Create(args, TimeProvider.System);
    await app.RunAsync();
    return 0;
}
catch (DatabaseUnusableException e)
{
    // A database the host cannot use is the operator's to fix: one sentence that names it, no stack trace.
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return e.Problem == DatabaseProblem.NewerSchema ? 1 : 2;
}

/// <summary>The web host's entry point; tests start it through <c>WebApplicationFactory</c>.</summary>
public partial class Program;
