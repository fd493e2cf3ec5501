using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Notes.Formats;
using IopCurriculum.Notes.Writing;
using Microsoft.AspNetCore.Http;

namespace IopCurriculum.Web.Components.Pages.Notes;

/// <summary>What the notes form posted: the narrative, a draft per client line, and whether to sign them too.</summary>
internal sealed record NotesFormPost(string? Narrative, IReadOnlyList<NoteDraft> Drafts, bool Sign)
{
    /// <summary>The most client lines a form may post: two full groups.</summary>
    public const int MaxLines = 30;

    public static NotesFormPost Read(IFormCollection form, NoteFormat format)
    {
        ArgumentNullException.ThrowIfNull(form);
        var drafts = new List<NoteDraft>();
        for (var line = 0; line < MaxLines; line++)
        {
            var client = form[NotesFormFields.Client(line)].ToString();
            if (client.Length == 0) continue;
            var minutesText = form[NotesFormFields.Minutes(line)].ToString().Trim();
            int? minutes = null;
            if (minutesText.Length > 0)
                minutes = int.TryParse(minutesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m)
                    ? m : throw EngineException.Invalid($"client {client}'s minutes attended '{minutesText}' is not a whole number");
            var sections = format.Sections.ToDictionary(s => s.Key, s => (string?)form[NotesFormFields.Section(line, s.Key)].ToString());
            drafts.Add(new NoteDraft(client, sections, minutes, [.. form[NotesFormFields.Goal(line)].Select(g => g ?? "").Where(g => g.Length > 0)]));
        }
        var narrative = form.ContainsKey(NotesFormFields.Narrative) ? form[NotesFormFields.Narrative].ToString() : null;
        return new NotesFormPost(narrative, drafts, form[NotesFormFields.Action].ToString() == "sign");
    }
}
