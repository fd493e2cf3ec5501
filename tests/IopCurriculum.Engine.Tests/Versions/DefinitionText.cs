using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Tests.Versions;

/// <summary>Edits of the shipped matrix-client definition, each checked to have found what it replaces.</summary>
internal static class DefinitionText
{
    public const string BlockGuard = "when: stage_weeks >= 4 and attended(ER) >= 6";

    public static string MatrixClient() => File.ReadAllText(Repo.MatrixClient);

    public static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    public static string WithVersion(string text, int version) =>
        Replace(text, "\nversion: 1\n", $"\nversion: {version}\n");
}
