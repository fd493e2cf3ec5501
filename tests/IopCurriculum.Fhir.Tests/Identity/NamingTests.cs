using IopCurriculum.Fhir.Identity;

namespace IopCurriculum.Fhir.Tests.Identity;

/// <summary>URLs, identifiers and UUIDs are minted the same way every time, from the ids alone.</summary>
public sealed class NamingTests
{
    [Fact]
    public void AUrnBaseJoinsWithColonsAndAWebBaseWithSlashes()
    {
        Assert.Equal("urn:iop:PlanDefinition:matrix-16-week", new Naming().PlanDefinition("matrix-16-week"));
        Assert.Equal("https://fhir.example.org/ActivityDefinition/matrix-16-week-rp-3",
            new Naming("https://fhir.example.org/").ActivityDefinition("matrix-16-week", "RP", 3));
        Assert.Equal("urn:iop:CodeSystem:matrix-16-week-track", new Naming("urn:iop:").TrackSystem("matrix-16-week"));
    }

    [Fact]
    public void AnInstrumentsQuestionnaireAndAnswerListsAreNamedUnderTheBaseToo()
    {
        Assert.Equal("urn:iop:Questionnaire:PHQ9", new Naming().Questionnaire("PHQ9"));
        Assert.Equal("https://fhir.example.org/Questionnaire/BAM", new Naming("https://fhir.example.org").Questionnaire("BAM"));
        Assert.Equal("urn:iop:CodeSystem:BAM-answers-yes-no", new Naming().AnswerSystem("BAM", "yes-no"));
        Assert.Equal("https://fhir.example.org/CodeSystem/PHQ9-answers-difficulty", new Naming("https://fhir.example.org/").AnswerSystem("PHQ9", "difficulty"));
        // A list name that is not a URL's word cannot break the URL.
        Assert.Equal("urn:iop:CodeSystem:X-answers-a%3Ab%2Fc", new Naming().AnswerSystem("X", "a:b/c"));
    }

    [Fact]
    public void AMeasuresResponseAndObservationsAreKnownByTheMeasureAndEachScore()
    {
        var keys = new ClientKeys("eastside", "c", "C-1", "urn:iop:eastside:client");
        Assert.Equal("QuestionnaireResponse?identifier=urn%3Aiop%3Aeastside%3Ameasure|c%2FC-1%2F7", keys.QuestionnaireResponse(7).ConditionalUrl);
        Assert.Equal("c/C-1/7", keys.MeasureObservationValue(7, null));
        Assert.Equal("c/C-1/7/total", keys.MeasureObservationValue(7, "total"));
        Assert.Equal(keys.MeasureObservation(7, "total"), new ClientKeys("eastside", "c", "C-1", "urn:iop:eastside:client").MeasureObservation(7, "total"));
        Assert.NotEqual(keys.MeasureObservation(7, null).Id, keys.MeasureObservation(7, "total").Id);
        Assert.NotEqual(keys.MeasureObservation(7, null).Id, keys.Observation(7).Id);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org")]
    [InlineData("relative/path")]
    public void ABaseThatIsNotAnHttpUrlOrUrnIsRefused(string text) =>
        Assert.Throws<ArgumentException>(() => new Naming(text));

    [Fact]
    public void ClientIdsUseTheProgramsSystemOrTheDefault()
    {
        Assert.Equal("urn:iop:eastside:client", Naming.ClientSystem("eastside", null));
        Assert.Equal("urn:oid:2.16.840.1.113883.3.1234", Naming.ClientSystem("eastside", "urn:oid:2.16.840.1.113883.3.1234"));
    }

    [Fact]
    public void AStableUuidIsTheSameForTheSameNameAndAVersion8Uuid()
    {
        var a = StableUuid.From("CarePlan|urn:iop:eastside:careplan|c/1");
        Assert.Equal(a, StableUuid.From("CarePlan|urn:iop:eastside:careplan|c/1"));
        Assert.NotEqual(a, StableUuid.From("CarePlan|urn:iop:eastside:careplan|c/2"));
        var text = a.ToString("D");
        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void AConditionalUrlEscapesTheSystemAndValueButKeepsTheBar()
    {
        var key = ResourceKey.ByIdentifier("Patient", "urn:iop:eastside:client", "C 1/2");
        Assert.Equal("Patient?identifier=urn%3Aiop%3Aeastside%3Aclient|C%201%2F2", key.ConditionalUrl);
        Assert.Equal($"urn:uuid:{key.Id}", key.Reference(ReferenceStyle.InBundle));
        Assert.Equal($"Patient/{key.Id}", key.Reference(ReferenceStyle.Literal));
        Assert.Equal(key.ConditionalUrl, key.Reference(ReferenceStyle.Conditional));
    }
}
