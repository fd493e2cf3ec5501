namespace IopCurriculum.Fhir.Identity;

/// <summary>How exported resources point at one another.</summary>
public enum ReferenceStyle
{
    /// <summary><c>Patient/{id}</c> with the stable id: bulk NDJSON files, where every resource carries its id.</summary>
    Literal,
    /// <summary><c>urn:uuid:…</c>, the target's fullUrl in the same transaction Bundle; the server assigns ids.</summary>
    InBundle,
    /// <summary><c>Patient?identifier=…</c>: a transaction Bundle whose targets were sent in another one.</summary>
    Conditional,
}
