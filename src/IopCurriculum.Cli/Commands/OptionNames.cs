using IopCurriculum.Engine;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// The command line's words for the request fields the engine names in its refusals: most fields are
/// their own option, a few are spelt otherwise or take two options.
/// </summary>
internal static class OptionNames
{
    private static readonly Dictionary<string, string> Spelt = new(StringComparer.Ordinal)
    {
        ["names"] = "--given and --family",
        ["scope"] = "--cohort ID or --all",
    };

    public static string Of(string field) => Spelt.GetValueOrDefault(field) ?? "--" + field;

    /// <summary>The refusal as the command line prints it: the option first, when the engine named a field.</summary>
    public static string Message(EngineException refusal) =>
        refusal.Field is { } field ? $"{Of(field)}: {refusal.Message}" : refusal.Message;
}
