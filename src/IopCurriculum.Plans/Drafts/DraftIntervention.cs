namespace IopCurriculum.Plans.Drafts;

/// <summary>A service row: what is done, the curriculum tracks that deliver it, how often and who is responsible; left out when blank.</summary>
public sealed class DraftIntervention
{
    public string Service { get; set; } = "";

    /// <summary>Track codes of the cohort's curriculum.</summary>
    public List<string> Tracks { get; init; } = [];

    public string Frequency { get; set; } = "";

    /// <summary>A staff member's user name.</summary>
    public string Responsible { get; set; } = "";

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Service) && Tracks.Count == 0 && string.IsNullOrWhiteSpace(Frequency) && string.IsNullOrWhiteSpace(Responsible);
}
