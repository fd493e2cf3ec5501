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
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/fhir/");
        TokenUrl = new Uri($"http://127.0.0.1:{port}/auth/token");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/auth/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>Its OAuth 2.0 token service: client credentials <c>ehr-client</c> / <c>ehr-secret</c> get a token.</summary>
    public Uri TokenUrl { get; }

    /// <summary>When set, transactions need a token the token service issued; others are answered 401.</summary>
    public bool RequireIssuedTokens { get; set; }

    /// <summary>The token requests it received, as their scope.</summary>
    public ConcurrentQueue<string> TokenRequests { get; } = new();

    private readonly ConcurrentDictionary<string, bool> _issued = new(StringComparer.Ordinal);

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
        string body;
        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8)) body = reader.ReadToEnd();
        var authorization = context.Request.Headers["Authorization"];
        if (context.Request.Url!.AbsolutePath == TokenUrl.AbsolutePath)
        {
            Issue(response, authorization, body);
            return;
        }
        Tokens.Enqueue(authorization);
        if (RequireIssuedTokens && (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_issued.ContainsKey(authorization[7..])))
        {
            Write(response, 401, new OperationOutcome { Issue = [new() { Severity = OperationOutcome.IssueSeverity.Error, Code = OperationOutcome.IssueType.Login, Diagnostics = "no valid token" }] });
            return;
        }
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

    private void Issue(HttpListenerResponse response, string? authorization, string form)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ehr-client:ehr-secret"));
        var fields = form.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
        TokenRequests.Enqueue(fields.GetValueOrDefault("scope") ?? "");
        string json;
        if (authorization != expected || fields.GetValueOrDefault("grant_type") != "client_credentials")
        {
            response.StatusCode = 401;
            json = """{"error":"invalid_client","error_description":"unknown client or wrong secret"}""";
        }
        else
        {
            var token = $"issued-{Guid.NewGuid():N}";
            _issued[token] = true;
            response.StatusCode = 200;
            json = $$"""{"access_token":"{{token}}","token_type":"bearer","expires_in":300}""";
        }
        response.KeepAlive = false;
        response.ContentType = "application/json";
        response.OutputStream.Write(Encoding.UTF8.GetBytes(json));
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
