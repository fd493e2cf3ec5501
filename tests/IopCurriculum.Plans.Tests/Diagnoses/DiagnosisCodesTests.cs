using IopCurriculum.Plans.Diagnoses;

namespace IopCurriculum.Plans.Tests.Diagnoses;

/// <summary>The shipped ICD-10-CM list finds codes by their official titles and refuses a malformed file.</summary>
public sealed class DiagnosisCodesTests
{
    [Theory]
    [InlineData("F10.20", "Alcohol dependence, uncomplicated")]
    [InlineData("F11.20", "Opioid dependence, uncomplicated")]
    [InlineData("F15.20", "Other stimulant dependence, uncomplicated")]
    [InlineData("F10.230", "Alcohol dependence with withdrawal, uncomplicated")]
    [InlineData("F32.A", "Depression, unspecified")]
    [InlineData("F41.0", "Panic disorder [episodic paroxysmal anxiety]")]
    public void AKnownCodeHasItsOfficialTitle(string code, string title) =>
        Assert.Equal(new DiagnosisCode(code, title), DiagnosisCodes.Find(code));

    [Theory]
    [InlineData("f10.20")]
    [InlineData("F1020")]
    [InlineData("f1020")]
    public void TheLetterMayBeLowerCaseAndTheDotLeftOut(string code) =>
        Assert.Equal("F10.20", DiagnosisCodes.Find(code)?.Code);

    [Theory]
    [InlineData("F32.a")]
    [InlineData(" F10.20")]
    [InlineData("F10.2")]
    [InlineData("F10.200")]
    public void OtherwiseTheCodeMustMatchExactly(string code) => Assert.Null(DiagnosisCodes.Find(code));

    [Theory]
    [InlineData("F99.9")]
    [InlineData("Z00.00")]
    [InlineData("")]
    [InlineData("not a code")]
    public void AnUnknownCodeIsNull(string code) => Assert.Null(DiagnosisCodes.Find(code));

    [Fact]
    public void SearchingAWordOfTheTitleFindsEveryOpioidCode()
    {
        var found = DiagnosisCodes.Search("opioid");

        Assert.Equal(
            ["F11.10", "F11.11", "F11.20", "F11.21", "F11.23", "F11.90", "F11.91"],
            found.Select(c => c.Code));
    }

    [Fact]
    public void SearchingACodePrefixFindsThePtsdCodes()
    {
        var found = DiagnosisCodes.Search("F43.1");

        Assert.Equal(["F43.10", "F43.11", "F43.12"], found.Select(c => c.Code));
        Assert.Equal(found.Select(c => c.Code), DiagnosisCodes.Search("f431").Select(c => c.Code));
    }

    [Fact]
    public void EveryWordMustStartAWordOfTheTitle()
    {
        var found = DiagnosisCodes.Search("ALCOHOL depend remiss");

        Assert.Equal([new DiagnosisCode("F10.21", "Alcohol dependence, in remission")], found);
    }

    [Fact]
    public void CodeMatchesComeBeforeTitleMatchesAndTheLimitHolds()
    {
        Assert.Equal(3, DiagnosisCodes.Search("F1", limit: 3).Count);
        Assert.All(DiagnosisCodes.Search("F1", limit: 3), c => Assert.StartsWith("F1", c.Code, StringComparison.Ordinal));
        Assert.Empty(DiagnosisCodes.Search("   "));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosisCodes.Search("opioid", limit: 0));
    }

    [Fact]
    public void EveryCodeIsListedOnceInTabularOrder()
    {
        var codes = DiagnosisCodes.All.Select(c => c.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(DiagnosisCodes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Title)));
    }

    [Fact]
    public void TheListCoversEverySubstanceAndTheCommonCoOccurringDisorders()
    {
        foreach (var substance in new[] { "F10", "F11", "F12", "F13", "F14", "F15", "F16", "F18", "F19" })
            foreach (var suffix in new[] { ".10", ".11", ".20", ".21", ".90", ".91" })
                Assert.NotNull(DiagnosisCodes.Find(substance + suffix));
        foreach (var code in new[] { "F17.200", "F17.210", "F31.9", "F33.9", "F41.1", "F43.25", "F60.3", "F90.9" })
            Assert.NotNull(DiagnosisCodes.Find(code));
    }

    [Fact]
    public void TheSystemIsTheFhirUriForIcd10Cm() =>
        Assert.Equal("http://hl7.org/fhir/sid/icd-10-cm", DiagnosisCodes.System);

    [Fact]
    public void CommentsAndTheHeaderComeBeforeTheCodes()
    {
        var codes = DiagnosisCodes.Parse("# a source\n# another line\ncode\ttitle\nF10.20\tAlcohol dependence, uncomplicated\n", "mine.tsv");

        Assert.Equal([new DiagnosisCode("F10.20", "Alcohol dependence, uncomplicated")], codes);
    }

    [Theory]
    [InlineData("code\ttitle\nF10.20\tAlcohol dependence, uncomplicated\nF11.20 Opioid dependence, uncomplicated\n",
        "mine.tsv:3: no tab between the code and its title")]
    [InlineData("# source\ncode\ttitle\nF10.20\tAlcohol dependence, uncomplicated\nF10.20\tAlcohol dependence, again\n",
        "mine.tsv:4: F10.20 is already listed on line 3")]
    [InlineData("code\ttitle\nF1020\tAlcohol dependence, uncomplicated\n",
        "mine.tsv:2: \"F1020\" is not an ICD-10-CM code")]
    [InlineData("code\ttitle\nf10.20\tAlcohol dependence, uncomplicated\n",
        "mine.tsv:2: \"f10.20\" is not an ICD-10-CM code")]
    [InlineData("code\ttitle\nF10.20000\tToo long\n",
        "mine.tsv:2: \"F10.20000\" is not an ICD-10-CM code")]
    [InlineData("code\ttitle\nF10.20\tAlcohol\tdependence\n",
        "mine.tsv:2: more than one tab")]
    [InlineData("code\ttitle\nF10.20\t \n",
        "mine.tsv:2: F10.20 has no title")]
    [InlineData("# source\nF10.20\tAlcohol dependence, uncomplicated\n",
        "mine.tsv:2: expected the header")]
    public void AMalformedLineIsRefusedWithItsNumber(string text, string message)
    {
        var refused = Assert.Throws<FormatException>(() => DiagnosisCodes.Parse(text, "mine.tsv"));

        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }
}
