namespace IopCurriculum.Plans.Assessment;

/// <summary>The six dimensions of the ASAM Criteria, in their numbered order; each is rated for risk from 0 to 4.</summary>
public enum AsamDimension
{
    IntoxicationWithdrawal = 1,
    Biomedical = 2,
    EmotionalBehavioralCognitive = 3,
    ReadinessToChange = 4,
    RelapsePotential = 5,
    RecoveryEnvironment = 6,
}
