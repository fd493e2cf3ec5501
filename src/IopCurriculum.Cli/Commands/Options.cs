using System.CommandLine;
using IopCurriculum.Definitions.Yaml;
using NodaTime;

namespace IopCurriculum.Cli.Commands;

/// <summary>Options several commands share, parsed the same way everywhere.</summary>
internal static class Options
{
    public static Option<LocalDate> Date(string name, string description, bool required = true) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Scalars.Date(text) is { } date) return date;
            result.AddError($"'{text}' is not a valid date for {name}; write it as YYYY-MM-DD, such as 2027-01-04.");
            return default;
        },
    };

    public static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true };

    public static Option<string> Cohort() => Required("--cohort", "The cohort id, as 'iop cohort create' printed it.");

    public static Option<string> Client() => Required("--client", "The client's id in the program, such as a chart number.");

    public static Option<string> Reason() => Required("--reason", "Why, in a few words; kept in the journal.");
}
