using IopCurriculum.Web.Hosting;

var app = WebApp.Create(args, TimeProvider.System);
await app.RunAsync();

/// <summary>The web host's entry point; tests start it through <c>WebApplicationFactory</c>.</summary>
public partial class Program;
