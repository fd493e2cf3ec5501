namespace IopCurriculum.Fhir.Output;

/// <summary>Routes entries to a transaction Bundle per file name, one file open at a time (entries of a file arrive together).</summary>
internal sealed class BundleSink(string folder, Func<ExportEntry, string> fileFor) : IResourceSink
{
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private BundleWriter? _current;
    private string? _currentFile;

    public List<string> Files { get; } = [];

    public void Write(ExportEntry entry)
    {
        var file = fileFor(entry);
        if (file != _currentFile)
        {
            CloseCurrent();
            if (!_done.Add(file)) throw new InvalidOperationException($"entries for {file} arrived apart; a bundle must be written in one go");
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _current = new BundleWriter(path, labelled: true);
            _currentFile = file;
            Files.Add(file);
        }
        _current!.Add(entry);
    }

    public void Finish(ExportManifest manifest) => CloseCurrent();

    public void Dispose() => _current?.Dispose();

    private void CloseCurrent()
    {
        if (_current is null) return;
        _current.Close();
        _current.Dispose();
        _current = null;
        _currentFile = null;
    }
}
