using System.Globalization;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Library;

/// <summary>Compares two versions: the structure through their loaded curricula, the text file by file.</summary>
internal static class CurriculumDiffer
{
    private const int Context = 3;

    public static IReadOnlyList<StructuralChange> Structure(Curriculum from, Curriculum to)
    {
        var changes = new List<StructuralChange>();
        var id = to.Id.Value;
        if (from.Title != to.Title)
            changes.Add(new(StructuralChangeKind.CurriculumRetitled, id, $"title '{from.Title}' became '{to.Title}'"));
        if (from.Weeks != to.Weeks)
            changes.Add(new(StructuralChangeKind.LengthChanged, id, $"length {from.Weeks} weeks became {to.Weeks} weeks"));

        foreach (var track in from.Tracks.Where(t => to.FindTrack(t.Code) is null))
            changes.Add(new(StructuralChangeKind.TrackRemoved, track.Code.Value, $"track {track.Code} {track.Name} removed ({track.Sessions.Count} sessions)"));
        foreach (var track in to.Tracks)
        {
            var old = from.FindTrack(track.Code);
            if (old is null)
            {
                changes.Add(new(StructuralChangeKind.TrackAdded, track.Code.Value, $"track {track.Code} {track.Name} added ({track.Sessions.Count} sessions)"));
                continue;
            }
            if (old.Name != track.Name)
                changes.Add(new(StructuralChangeKind.TrackRenamed, track.Code.Value, $"track {track.Code} '{old.Name}' renamed '{track.Name}'"));
            Sessions(changes, old, track);
        }
        return changes;
    }

    private static void Sessions(List<StructuralChange> changes, Track from, Track to)
    {
        foreach (var session in from.Sessions.Skip(to.Sessions.Count))
            changes.Add(new(StructuralChangeKind.SessionRemoved, session.Code.ToString(), $"session {session.Code} '{session.Title}' removed"));
        foreach (var session in to.Sessions)
        {
            var old = from.FindSession(session.Number);
            if (old is null)
            {
                changes.Add(new(StructuralChangeKind.SessionAdded, session.Code.ToString(), $"session {session.Code} '{session.Title}' added{In(session.Content.Week)}"));
                continue;
            }
            if (old.Title != session.Title)
                changes.Add(new(StructuralChangeKind.SessionRetitled, session.Code.ToString(), $"session {session.Code} '{old.Title}' retitled '{session.Title}'"));
            if (old.Content.Week != session.Content.Week)
                changes.Add(new(StructuralChangeKind.SessionMoved, session.Code.ToString(), $"session {session.Code} moved from {Week(old.Content.Week)} to {Week(session.Content.Week)}"));
        }
    }

    private static string In(int? week) => week is { } w ? $" in week {w.ToString(CultureInfo.InvariantCulture)}" : "";

    private static string Week(int? week) => week is { } w ? $"week {w.ToString(CultureInfo.InvariantCulture)}" : "no fixed week";

    public static IReadOnlyList<FileDiff> Files(IReadOnlyList<CurriculumFile> from, IReadOnlyList<CurriculumFile> to)
    {
        var paths = CurriculumManifest.Ordered(from.Concat(to).DistinctBy(f => f.Path)).Select(f => f.Path);
        var diffs = new List<FileDiff>();
        foreach (var path in paths)
        {
            var old = from.FirstOrDefault(f => f.Path == path)?.Text;
            var now = to.FirstOrDefault(f => f.Path == path)?.Text;
            diffs.Add(File(path, old, now));
        }
        return diffs;
    }

    private static FileDiff File(string path, string? old, string? now)
    {
        var model = InlineDiffBuilder.Diff(new Differ(), (old ?? "").ReplaceLineEndings("\n"), (now ?? "").ReplaceLineEndings("\n"), ignoreWhiteSpace: false);
        var lines = new List<DiffLine>();
        int oldNumber = 0, newNumber = 0;
        foreach (var piece in model.Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Deleted:
                    lines.Add(new DiffLine(LineChange.Deleted, ++oldNumber, null, piece.Text ?? ""));
                    break;
                case ChangeType.Inserted:
                    lines.Add(new DiffLine(LineChange.Inserted, null, ++newNumber, piece.Text ?? ""));
                    break;
                case ChangeType.Imaginary:
                    break;
                default:
                    lines.Add(new DiffLine(LineChange.Same, ++oldNumber, ++newNumber, piece.Text ?? ""));
                    break;
            }
        }
        var inserted = lines.Count(l => l.Change == LineChange.Inserted);
        var deleted = lines.Count(l => l.Change == LineChange.Deleted);
        var change = old is null ? FileChange.Added : now is null ? FileChange.Removed : inserted + deleted == 0 ? FileChange.Unchanged : FileChange.Changed;
        return new FileDiff(path, change, inserted, deleted, Hunks(lines));
    }

    /// <summary>Changed lines with <see cref="Context"/> unchanged lines either side; nearby hunks merge.</summary>
    private static List<DiffHunk> Hunks(List<DiffLine> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Change == LineChange.Same) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++) keep[j] = true;
        }
        var hunks = new List<DiffHunk>();
        List<DiffLine>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i]) (current ??= []).Add(lines[i]);
            else if (current is not null)
            {
                hunks.Add(new DiffHunk(current));
                current = null;
            }
        }
        if (current is not null) hunks.Add(new DiffHunk(current));
        return hunks;
    }
}
