using System.Text;

namespace IopCurriculum.Definitions.Yaml;

/// <summary>Enum values as authors write them: <c>TopicList</c> is <c>topic-list</c>.</summary>
public static class EnumNames
{
    public static string Kebab<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    public static string List<T>() where T : struct, Enum => string.Join(" | ", Enum.GetValues<T>().Select(Kebab));
}
