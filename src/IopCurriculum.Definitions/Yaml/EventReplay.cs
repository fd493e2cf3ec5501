using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IopCurriculum.Definitions.Yaml;

/// <summary>Hands events already read (and checked) to YamlDotNet's tree builder, so the text is not scanned twice.</summary>
internal sealed class EventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= events.Count)
        {
            Current = null;
            return false;
        }
        Current = events[_next++];
        return true;
    }
}
