using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Simulation;

/// <summary>A clock that moves only when told, so a 16-week course runs in seconds.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves to <paramref name="instant"/>; a clock never runs backwards.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        if (instant < _now) throw new ArgumentOutOfRangeException(nameof(instant), $"{instant:O} is before the clock's {_now:O}");
        _now = instant.ToUniversalTime();
    }
}
