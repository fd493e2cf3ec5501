namespace IopCurriculum.Fhir.Output;

/// <summary>
/// An export is written into a hidden folder beside its destination and moved into place only when
/// complete, so a failed or refused export leaves nothing behind and a reader never sees half a file set.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly bool _createdDestination;
    private bool _committed;

    public StagingFolder(string destination)
    {
        Destination = System.IO.Path.GetFullPath(destination);
        _createdDestination = !Directory.Exists(Destination);
        Directory.CreateDirectory(Destination);
        Path = Directory.CreateDirectory(System.IO.Path.Combine(Destination, $".iop-export-{Guid.NewGuid():N}")).FullName;
    }

    public string Destination { get; }

    public string Path { get; }

    /// <summary>Moves every file and folder written into the destination, replacing those of an earlier export.</summary>
    public void Commit()
    {
        foreach (var file in Directory.GetFiles(Path))
            File.Move(file, System.IO.Path.Combine(Destination, System.IO.Path.GetFileName(file)), overwrite: true);
        foreach (var folder in Directory.GetDirectories(Path))
        {
            var target = System.IO.Path.Combine(Destination, System.IO.Path.GetFileName(folder));
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.Move(folder, target);
        }
        Directory.Delete(Path);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        if (_createdDestination && Directory.Exists(Destination) && !Directory.EnumerateFileSystemEntries(Destination).Any())
            Directory.Delete(Destination);
    }
}
