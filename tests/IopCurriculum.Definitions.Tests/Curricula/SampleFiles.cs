using IopCurriculum.Definitions.Tests.Support;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>The sample curriculum's three files, under the short names the loader tests break them by.</summary>
internal static class SampleFiles
{
    public const string Main = SampleCurriculum.Curriculum;
    public const string Skills = SampleCurriculum.SkillsTrack;
    public const string Individual = SampleCurriculum.IndividualTrack;
}
