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

    /// <summary>The web app's address as staff open it, which task notices link to.</summary>
    public static Option<Uri> PublicUrl() => new("--public-url")
    {
        Description = "The web app's address as staff open it; task notices link to it (default: http://127.0.0.1:5080/).",
        HelpName = "URL",
        DefaultValueFactory = _ => new Uri("http://127.0.0.1:5080/"),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
                return url;
            result.AddError($"--public-url '{text}' is not a web address, such as https://iop.clinic.example.org");
            return null;
        },
    };

    /// <summary>How many times a failing workflow action is tried before it becomes an incident.</summary>
    public static Option<int> ActionTries()
    {
        var tries = new Option<int>("--tries")
        {
            Description = $"How many times a failing action is tried before it becomes an incident (default {Engine.Actions.DispatchSettings.Default.MaxAttempts}).",
            HelpName = "N",
            DefaultValueFactory = _ => Engine.Actions.DispatchSettings.Default.MaxAttempts,
        };
        tries.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100) result.AddError("--tries must be a whole number from 1 to 100");
        });
        return tries;
    }

    public static Option<string> Reason() => Required("--reason", "Why, in a few words; kept in the journal.");
}
