namespace IopCurriculum.Testing;

/// <summary>A temporary folder (edited copies of files, export output), removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "iop-tests-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>A path inside the folder, not yet created.</summary>
    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var file = Sub(name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
