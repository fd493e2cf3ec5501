using System.Net;
using System.Net.Http.Headers;
using IopCurriculum.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>Every refusal is an OperationOutcome with the right status, naming the parameter and the reason.</summary>
public sealed class FhirErrorTests : IDisposable
{
    private readonly FhirApi _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("/fhir/CarePlan?colour=blue", "colour: not a search parameter of CarePlan")]
    [InlineData("/fhir/Patient?status=active", "status: not a search parameter of Patient")]
    [InlineData("/fhir/CarePlan?_lastUpdated=ge2027-13-45", "_lastUpdated: '2027-13-45' is not a FHIR date")]
    [InlineData("/fhir/CarePlan?_lastUpdated=ge2027-01-04T10:00", "_lastUpdated: '2027-01-04T10:00' is not a FHIR date")]
    [InlineData("/fhir/CarePlan?_lastUpdated=ne2027-01-04", "_lastUpdated: the prefix 'ne' is not supported")]
    [InlineData("/fhir/CarePlan?_lastUpdated=xx2027-01-04", "_lastUpdated: 'xx' is not a search prefix")]
    [InlineData("/fhir/CarePlan?_count=many", "_count: 'many' is not a whole number")]
    [InlineData("/fhir/CarePlan?_count=-1", "_count: '-1' is not a whole number")]
    [InlineData("/fhir/CarePlan?_offset=1.5", "_offset: '1.5' is not a whole number")]
    [InlineData("/fhir/CarePlan?status=finished", "status: 'finished' is not a CarePlan status")]
    [InlineData("/fhir/CarePlan?subject:Patient=x", "subject:Patient: search modifiers are not supported")]
    [InlineData("/fhir/CarePlan?status=active&status=revoked", "status: given more than once")]
    [InlineData("/fhir/CarePlan?subject=", "subject: an empty value")]
    public async Task BadSearchesAre400NamingTheParameterAndWhy(string path, string expected)
    {
        var message = await FhirApi.Outcome(await _api.Get(path), HttpStatusCode.BadRequest);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fhir/MedicationRequest", "does not serve MedicationRequest")]
    [InlineData("/fhir/Banana/1", "does not serve Banana")]
    [InlineData("/fhir/CarePlan/00000000-0000-0000-0000-000000000000", "CarePlan/00000000-0000-0000-0000-000000000000 not found")]
    [InlineData("/fhir/Group/nope/$export", "Group/nope not found")]
    [InlineData("/fhir/bulk-status/nope", "no export job nope")]
    [InlineData("/fhir/a/b/c/d", "no such FHIR endpoint")]
    public async Task UnknownTypesIdsAndAddressesAre404(string path, string expected)
    {
        var message = await FhirApi.Outcome(await _api.Get(path), HttpStatusCode.NotFound);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritingIs405()
    {
        using var body = new StringContent("{\"resourceType\":\"Patient\"}", new MediaTypeHeaderValue("application/fhir+json"));
        var message = await FhirApi.Outcome(await _api.Client.PostAsync(FhirApi.Url("/fhir/Patient"), body), HttpStatusCode.MethodNotAllowed);
        Assert.Contains("only reads and searches", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/fhir+xml")]
    [InlineData("text/html")]
    public async Task AskingForAnythingButJsonIs406(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FhirApi.Url("/fhir/metadata"));
        request.Headers.Accept.ParseAdd(accept);
        var message = await FhirApi.Outcome(await _api.Client.SendAsync(request), HttpStatusCode.NotAcceptable);
        Assert.Contains(accept, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/fhir+json")]
    [InlineData("application/json")]
    [InlineData("application/fhir+json; fhirVersion=4.0")]
    [InlineData("text/html, */*;q=0.8")]
    public async Task FhirJsonJsonAndAnythingAreAccepted(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FhirApi.Url("/fhir/metadata"));
        request.Headers.Accept.ParseAdd(accept);
        Assert.Equal(HttpStatusCode.OK, (await _api.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task AnXmlFormatParameterIs406()
    {
        var message = await FhirApi.Outcome(await _api.Get("/fhir/Patient?_format=xml"), HttpStatusCode.NotAcceptable);
        Assert.Contains("_format=xml", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizeBodyIs413()
    {
        using var body = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        var message = await FhirApi.Outcome(await _api.Client.PostAsync(FhirApi.Url("/fhir/Patient"), body), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailureIs500WithoutTheServersInternals()
    {
        using (var db = _api.Web.Engine.Database.Open())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE attendance");
        var message = await FhirApi.Outcome(await _api.Get("/fhir/CarePlan"), HttpStatusCode.InternalServerError);
        Assert.Contains("failed to answer", message, StringComparison.Ordinal);
        Assert.DoesNotContain("attendance", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sqlite", message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
    }
}
