using System.Collections;
using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Checks;

/// <summary>Finds every Reference inside a resource, with the path it sits at.</summary>
internal static class ReferenceWalker
{
    public static IEnumerable<(string Path, ResourceReference Reference)> All(Base root, string path)
    {
        if (root is ResourceReference reference)
        {
            yield return (path, reference);
            yield break;
        }
        foreach (var (name, value) in root.EnumerateElements())
        {
            if (value is Base child)
            {
                foreach (var found in All(child, $"{path}.{name}")) yield return found;
            }
            else if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is Base element)
                        foreach (var found in All(element, $"{path}.{name}[{index}]")) yield return found;
                    index++;
                }
            }
        }
    }
}
