namespace IopCurriculum.Fhir.Output;

/// <summary>Where exported resources go as they are built: NDJSON files or transaction Bundles.</summary>
internal interface IResourceSink : IDisposable
{
    void Write(ExportEntry entry);

    /// <summary>Closes every file; the export is complete only once this returns.</summary>
    void Finish(ExportManifest manifest);
}
