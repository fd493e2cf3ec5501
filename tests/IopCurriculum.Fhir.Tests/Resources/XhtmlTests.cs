using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using IopCurriculum.Fhir.Resources;

namespace IopCurriculum.Fhir.Tests.Resources;

/// <summary>Text that looks like markup stays text in a narrative, and the narrative stays valid FHIR XHTML.</summary>
public sealed class XhtmlTests
{
    [Fact]
    public void MarkupAndControlCharactersInTextCannotBreakTheNarrative()
    {
        var div = new Xhtml().Element("h2", "<script>alert(1)</script> & more").Labelled("Note", "late\u0007 > 10 min").Open("table").Row("a<b", "c&d").Close("table").ToString();
        Assert.Equal("<div xmlns=\"http://www.w3.org/1999/xhtml\"><h2>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h2>" +
            "<p><b>Note</b>: late  &gt; 10 min</p><table><tr><td>a&lt;b</td><td>c&amp;d</td></tr></table></div>", div);
        var patient = new Patient { Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = div } };
        Assert.Empty(patient.Validate());
    }
}
