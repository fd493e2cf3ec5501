using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

/// <summary>How a cohort week stands against one of the model's essential components.</summary>
public enum FidelityStatus
{
    Met,
    NotMet,
    /// <summary>The week is still running and the component can still be met.</summary>
    NotYetDue,
    /// <summary>The curriculum has no such track, or the component does not apply in this week.</summary>
    NotApplicable,
}
