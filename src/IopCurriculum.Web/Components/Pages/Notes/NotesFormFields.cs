using System.Globalization;

namespace IopCurriculum.Web.Components.Pages.Notes;

/// <summary>The names and ids of the notes form's fields, written once for the form and its reader.</summary>
internal static class NotesFormFields
{
    public const string Narrative = "narrative";
    public const string Action = "action";

    public static string Client(int line) => Field(line, "client");

    public static string Minutes(int line) => Field(line, "minutes");

    public static string Goal(int line) => Field(line, "goal");

    public static string Section(int line, string key) => Field(line, $"section-{key}");

    private static string Field(int line, string name) => string.Create(CultureInfo.InvariantCulture, $"note-{line}-{name}");
}
