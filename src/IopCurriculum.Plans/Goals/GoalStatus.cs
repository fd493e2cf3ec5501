namespace IopCurriculum.Plans.Goals;

public enum GoalStatus
{
    Proposed,
    Active,
    Achieved,
    NotAchieved,
    Cancelled,
}
