using System.Diagnostics;
using IopCurriculum.Definitions.Tests.Support;
using Xunit;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Hostile;

/// <summary>
/// A curriculum's track list may name only regular files inside its own folder, however the name is
/// written and wherever its links lead; anything else is refused at the line that named it, and nothing
/// outside the folder is ever read (the refusal never quotes what is there).
/// </summary>
public sealed class TrackPathTests : IDisposable
{
    /// <summary>A folder beside the curriculum's, holding a valid track that must never be read through the curriculum.</summary>
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "iop-outside-" + Guid.NewGuid().ToString("N"));

    public TrackPathTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "yy.yaml"), SampleCurriculum.IndividualTrack);
    }

    public void Dispose()
    {
        if (Directory.Exists(_outside)) Directory.Delete(_outside, recursive: true);
    }

    private static CurriculumFolder Naming(string track) =>
        WithBase(curriculum: SampleCurriculum.Curriculum.Replace("  - tracks/yy.yaml", $"  - {track}", StringComparison.Ordinal));

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("tracks/../../outside.yaml")]
    [InlineData("/etc/hostname")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("tracks//yy.yaml")]
    public void ANameThatIsNotAPathInsideTheFolderIsRefusedAtItsLine(string track)
    {
        using var folder = Naming(track);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5),
            $"track file '{track}' must be a path inside the curriculum folder");
    }

    [Fact]
    public void ALinkToAFileOutsideTheFolderIsRefusedAlthoughTheFileIsAValidTrack()
    {
        using var folder = Naming("tracks/linked.yaml");
        File.CreateSymbolicLink(folder.PathOf("tracks/linked.yaml"), Path.Combine(_outside, "yy.yaml"));
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5),
            "track file 'tracks/linked.yaml' leads outside the curriculum folder through a symbolic link");
    }

    [Fact]
    public void ALinkedFolderThatLeadsOutsideIsRefused()
    {
        using var folder = Naming("shared/yy.yaml");
        Directory.CreateSymbolicLink(folder.PathOf("shared"), _outside);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5), "leads outside the curriculum folder through a symbolic link");
    }

    [Fact]
    public void ALinkToADeviceIsRefusedWithoutReadingIt()
    {
        using var folder = Naming("tracks/zero.yaml");
        File.CreateSymbolicLink(folder.PathOf("tracks/zero.yaml"), "/dev/zero");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5), "leads outside the curriculum folder");
    }

    [Fact]
    public void ALinkInsideTheFolderIsFollowed()
    {
        using var folder = Naming("tracks/alias.yaml");
        File.CreateSymbolicLink(folder.PathOf("tracks/alias.yaml"), "yy.yaml");
        var result = folder.Load();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void LinksThatGoRoundInALoopAreRefused()
    {
        using var folder = Naming("tracks/a.yaml");
        File.CreateSymbolicLink(folder.PathOf("tracks/a.yaml"), "b.yaml");
        File.CreateSymbolicLink(folder.PathOf("tracks/b.yaml"), "a.yaml");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5), "track file 'tracks/a.yaml' is a symbolic link that goes round in a loop");
    }

    [Fact]
    public void ANamedPipeIsRefusedWithoutWaitingForAWriter()
    {
        using var folder = Naming("tracks/pipe.yaml");
        MakeFifo(folder.PathOf("tracks/pipe.yaml"));
        // Opening a pipe for reading blocks until something writes to it: the loader must not open it.
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5), "track file", "is empty or is not a regular file");
    }

    [Fact]
    public void AFolderNamedAsATrackFileIsRefused()
    {
        using var folder = Naming("tracks");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5), "track file", "is a folder, not a file");
    }

    [Fact]
    public void ACurriculumFileThatIsADeviceIsRefused()
    {
        var result = IopCurriculum.Definitions.Curricula.CurriculumLoader.Load("/dev/zero");
        DiagnosticAssert.Single(result, "/dev/zero", (1, 1), "curriculum file '/dev/zero' is empty or is not a regular file");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
