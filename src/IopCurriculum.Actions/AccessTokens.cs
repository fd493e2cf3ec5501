using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Consent;

namespace IopCurriculum.Actions;

/// <summary>
/// The bearer token a push to a recipient's FHIR server carries: its fixed token, or one its token service
/// issues for the program's client credentials (OAuth 2.0, <c>client_secret_basic</c>), kept until shortly
/// before it expires and forgotten when the server refuses it.
/// </summary>
internal sealed class AccessTokens(HttpClient http, TimeProvider clock)
{
    /// <summary>How long before its stated expiry a token is no longer used, so it cannot lapse in flight.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Until)> _held = new(StringComparer.Ordinal);

    // One request for a token at a time per recipient: pushes running side by side share the one it issues.
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _asking = new(StringComparer.Ordinal);

    public async Task<string?> ForAsync(RecipientEndpoint endpoint, CancellationToken cancel)
    {
        if (endpoint.Credentials is not { } credentials) return endpoint.Token;
        var key = endpoint.Recipient.Id;
        if (Held(key) is { } token) return token;
        var gate = _asking.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return Held(key) ?? await AskAsync(endpoint, credentials, cancel).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Held(string key) => _held.TryGetValue(key, out var held) && held.Until > clock.GetUtcNow() ? held.Token : null;

    private async Task<string> AskAsync(RecipientEndpoint endpoint, ClientCredentials credentials, CancellationToken cancel)
    {
        var key = endpoint.Recipient.Id;

        var name = endpoint.Recipient.Id;
        using var request = new HttpRequestMessage(HttpMethod.Post, credentials.TokenUrl)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", credentials.Scope)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(credentials.ClientId)}:{Uri.EscapeDataString(credentials.Secret)}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using (var response = await Outbound.SendAsync(http, request, $"{name}'s token service", cancel).ConfigureAwait(false))
        {
            var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new ActionFailedException($"{name}'s token service answered {(int)response.StatusCode} {response.ReasonPhrase}{Described(body)}");
            var (token, lifetime) = Read(name, body);
            _held[key] = (token, clock.GetUtcNow() + lifetime - Margin);
            return token;
        }
    }

    /// <summary>Drops a token the server refused, so the next try asks for a new one.</summary>
    public void Forget(RecipientEndpoint endpoint) => _held.TryRemove(endpoint.Recipient.Id, out _);

    private static (string Token, TimeSpan Lifetime) Read(string name, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var token = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(token)) throw new ActionFailedException($"{name}'s token service answered without an access_token");
            var seconds = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) && s > 0 ? s : 300;
            return (token, TimeSpan.FromSeconds(seconds));
        }
        catch (JsonException e)
        {
            throw new ActionFailedException($"{name}'s token service answered with something that is not JSON: {e.Message}", e);
        }
    }

    /// <summary>The OAuth error and its description, when the body carries them.</summary>
    private static string Described(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
            var description = json.RootElement.TryGetProperty("error_description", out var d) ? d.GetString() : null;
            return error is null ? "" : $": {error}{(description is null ? "" : $" ({description})")}";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
