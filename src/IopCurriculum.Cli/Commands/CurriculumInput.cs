using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Cli.Commands;

/// <summary>Loads the curriculum a command names, printing every problem when it is invalid.</summary>
internal static class CurriculumInput
{
    public static Curriculum? Load(string path, CliConsole console)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            console.Invalid($"no curriculum at '{path}': give a curriculum folder (holding {CurriculumLoader.MainFileName}) or a curriculum file");
            return null;
        }
        var result = CurriculumLoader.Load(path);
        if (result.Succeeded) return result.Value;
        console.Invalid(result.Diagnostics);
        return null;
    }
}
