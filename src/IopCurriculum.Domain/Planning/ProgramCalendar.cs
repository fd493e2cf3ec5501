using IopCurriculum.Domain.Billing;
using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>
/// A program's calendar: its IANA time zone, the days it is open, its closures and how it handles them,
/// and its own timetable per track. Sessions are scheduled in the program's local time.
/// </summary>
public sealed class ProgramCalendar
{
    /// <summary>The IOP level of care's weekly minimum.</summary>
    public const decimal IopMinimumWeeklyHours = 9m;

    /// <summary>The days a program is open unless its calendar says otherwise: Monday to Friday.</summary>
    public static readonly IReadOnlyCollection<IsoDayOfWeek> DefaultOpenDays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private readonly Dictionary<LocalDate, Closure> _closures;

    public ProgramCalendar(DateTimeZone timeZone, IEnumerable<Closure>? closures = null)
    {
        TimeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
        var list = (closures ?? []).ToArray();
        CurriculumRules.Enforce(CurriculumRules.FirstDuplicate("closure date", list.Select(c => c.Date.ToString("uuuu-MM-dd", null))));
        _closures = list.ToDictionary(c => c.Date);
    }

    public string ProgramName { get; init; } = "";
    public DateTimeZone TimeZone { get; }
    public ClosurePolicy ClosurePolicy { get; init; } = ClosurePolicy.Shift;
    public IReadOnlyCollection<IsoDayOfWeek> OpenDays { get; init; } = DefaultOpenDays;
    public decimal MinimumWeeklyHours { get; init; } = IopMinimumWeeklyHours;
    public IReadOnlyDictionary<TrackCode, TrackTimetable> Tracks { get; init; } = new Dictionary<TrackCode, TrackTimetable>();

    /// <summary>The minimums a client-day must meet to be billed; H0015's three hours a day unless the calendar names others.</summary>
    public IReadOnlyList<BillingRule> BillingRules { get; init; } = BillingRule.Defaults;
    public IReadOnlyCollection<Closure> Closures => _closures.Values;

    public Closure? ClosureOn(LocalDate date) => _closures.GetValueOrDefault(date);

    public bool IsOpen(LocalDate date) => OpenDays.Contains(date.DayOfWeek) && !_closures.ContainsKey(date);

    /// <summary>A copy in another time zone, for a caller that overrides the calendar's zone.</summary>
    public ProgramCalendar InZone(DateTimeZone zone) => new(zone, Closures)
    {
        ProgramName = ProgramName,
        ClosurePolicy = ClosurePolicy,
        OpenDays = OpenDays,
        MinimumWeeklyHours = MinimumWeeklyHours,
        Tracks = Tracks,
        BillingRules = BillingRules,
    };
}
