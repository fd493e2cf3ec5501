using System.IO.Compression;
using System.Text;

namespace IopCurriculum.Testing;

/// <summary>
/// Curricula as a clinical lead would upload them: one small <c>curriculum.yaml</c> with its tracks written
/// inline (a four-session skills group and two individual sessions), and zips of curriculum folders.
/// </summary>
public static class SampleUploads
{
    public const string Id = "upload-test";

    /// <param name="sessionTwo">The skills group's second session title, for versions that retitle it.</param>
    /// <param name="reviewWeek">The week of the individual review session, for versions that move it.</param>
    public static string Inline(string version = "1.0.0", string sessionTwo = "Planning the Week", int reviewWeek = 4) => $$"""
        id: {{Id}}
        version: {{version}}
        title: Upload Test IOP
        weeks: 4
        tracks:
          - code: GG
            name: Skills Group
            kind: group
            schedule: { weeks: "1-2", days: [Mon, Wed], per_week: 2, start: "18:00" }
            minutes: 60
            leaders: [counselor]
            sequence: fixed
            format:
              - block: Check-in
                minutes: 15
              - block: Topic
                minutes: 45
            handouts:
              - code: GG 1A
                title: Skills Sheet
                provenance: adapted
            sessions:
              - number: 1
                title: Getting Started
                provenance: adapted
                goals: [Learn the basics]
                handouts: [GG 1A]
              - number: 2
                title: {{sessionTwo}}
                provenance: adapted
                goals: [Plan the week]
              - number: 3
                title: Handling Triggers
                provenance: adapted
                goals: [Name three triggers]
              - number: 4
                title: Looking Ahead
                provenance: adapted
                goals: [Plan the next month]
          - code: II
            name: Individual Sessions
            kind: individual
            schedule: { weeks: "1-4", days: [Tue], cadence: as-needed, start: "10:00" }
            minutes: 50
            leaders: [primary counselor]
            sequence: topic-list
            format: [{ block: Session, minutes: 50 }]
            sessions:
              - number: 1
                title: Intake
                provenance: adapted
                goals: [Welcome the client]
                week: 1
              - number: 2
                title: Review
                provenance: adapted
                goals: [Review progress]
                week: {{reviewWeek}}

        """;

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A zip of the given files, each at its path inside the zip.</summary>
    public static byte[] Zip(IEnumerable<(string Path, string Text)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A zip of a curriculum folder on disk, everything in it under one enclosing folder as archivers make it.</summary>
    public static byte[] ZipFolder(string folder, string enclosing) =>
        Zip(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => ($"{enclosing}/{Path.GetRelativePath(folder, f).Replace('\\', '/')}", File.ReadAllText(f))));
}
