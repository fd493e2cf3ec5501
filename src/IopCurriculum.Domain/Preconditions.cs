namespace IopCurriculum.Domain;

/// <summary>Argument checks with one message style, so misuse fails loudly and says why.</summary>
internal static class Preconditions
{
    public static string NotBlank(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty.", name) : value;

    public static int Positive(int value, string name) =>
        value <= 0 ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.") : value;

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items, string name) =>
        (items ?? throw new ArgumentNullException(name)).ToArray();
}
