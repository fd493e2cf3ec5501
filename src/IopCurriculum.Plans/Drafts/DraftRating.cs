using IopCurriculum.Plans.Assessment;

namespace IopCurriculum.Plans.Drafts;

/// <summary>One ASAM dimension's row: the risk as typed (0 to 4) and a note.</summary>
public sealed class DraftRating
{
    public AsamDimension Dimension { get; set; }

    public string Risk { get; set; } = "";

    public string Note { get; set; } = "";
}
