using System.Globalization;

namespace IopCurriculum.Web.Components.Pages;

/// <summary>
/// Whole numbers read from a page's address. Pages take them as text and read them here, so a value
/// that is not a number is a sentence on a 400 page rather than a failed binding and a 500.
/// </summary>
public static class AddressValues
{
    /// <summary>Null for a value left out; otherwise the number, or a problem naming the value and what it should be.</summary>
    /// <param name="what">What the value counts, as in "a week number".</param>
    public static (int? Value, string? Problem) WholeNumber(string? text, string what)
    {
        if (text is null) return (null, null);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, $"'{Clip(text)}' is not {what}: the address should give a whole number, such as 2.");
    }

    /// <summary>Marks the response as a bad request, shown in the site's layout, and returns the problem for the page to show.</summary>
    public static string Refuse(HttpContext context, string problem)
    {
        Curricula.PageStatus.Set(context, StatusCodes.Status400BadRequest);
        return problem;
    }

    /// <summary>A value from the address as a message quotes it: its first 40 characters.</summary>
    public static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
