using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;

namespace IopCurriculum.Guides.Tests.Support;

/// <summary>The shipped curricula and calendar, loaded once for all tests.</summary>
internal static class Curricula
{
    private static readonly Lazy<Curriculum> LoadedMatrix = new(() => CurriculumLoader.Load(Repo.Matrix).Value);
    private static readonly Lazy<Curriculum> LoadedMentalHealth = new(() => CurriculumLoader.Load(Repo.MentalHealth).Value);
    private static readonly Lazy<ProgramCalendar> LoadedLosAngeles = new(() => ProgramCalendarLoader.Load(Repo.LosAngelesCalendar, Matrix).Value);

    public static Curriculum Matrix => LoadedMatrix.Value;

    public static Curriculum MentalHealth => LoadedMentalHealth.Value;

    public static ProgramCalendar LosAngeles => LoadedLosAngeles.Value;

    public static Session Session(this Curriculum curriculum, string code) =>
        SessionCode.TryParse(code, out var parsed) && curriculum.FindSession(parsed) is { } session
            ? session
            : throw new ArgumentException($"no session {code} in {curriculum.Id}", nameof(code));
}
