using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace IopCurriculum.Actions.Tests.Support;

/// <summary>
/// An HTTP endpoint on loopback that answers like a FHIR server: it parses every transaction it is sent
/// with Firely's strict parser and answers 200 with a transaction-response, or the status the test
/// scripted next (503, say). It keeps what it received and the bearer tokens it was shown.
/// </summary>
public sealed class FhirServerDouble : IDisposable
{
    private static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings());
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _script = new();
    private readonly Task _serving;

    public FhirServerDouble()
    {
        Url = new Uri($"http://127.0.0.1:{FreePort()}/fhir/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<Bundle> Received { get; } = new();

    public ConcurrentQueue<string?> Tokens { get; } = new();

    /// <summary>Statuses to answer with, one per request, before going back to 200.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses) _script.Enqueue(status);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Respond(context);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        Tokens.Enqueue(context.Request.Headers["Authorization"]);
        string body;
        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8)) body = reader.ReadToEnd();
        if (_script.TryDequeue(out var status) && status != 200)
        {
            Write(response, status, new OperationOutcome { Issue = [new() { Severity = OperationOutcome.IssueSeverity.Error, Code = OperationOutcome.IssueType.Transient, Diagnostics = "try again later" }] });
            return;
        }
        Bundle bundle;
        try
        {
            bundle = Strict.Deserialize<Bundle>(body);
        }
        catch (DeserializationFailedException e)
        {
            Write(response, 400, new OperationOutcome { Issue = [new() { Severity = OperationOutcome.IssueSeverity.Error, Code = OperationOutcome.IssueType.Invalid, Diagnostics = e.Message }] });
            return;
        }
        Received.Enqueue(bundle);
        var answer = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        foreach (var _ in bundle.Entry) answer.Entry.Add(new Bundle.EntryComponent { Response = new Bundle.ResponseComponent { Status = "200 OK" } });
        Write(response, 200, answer);
    }

    private static void Write(HttpListenerResponse response, int status, Resource resource)
    {
        var bytes = Encoding.UTF8.GetBytes(FhirJsonSerializer.Default.SerializeToString(resource));
        response.StatusCode = status;
        // The listener's keep-alive is unreliable under load; closing each connection says so to the client.
        response.KeepAlive = false;
        response.ContentType = "application/fhir+json";
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }
    }
}
