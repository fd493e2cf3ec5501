using System.Net.Mail;

namespace IopCurriculum.Access;

/// <summary>Whether text is one plain e-mail address (no display name, no list).</summary>
internal static class MimeAddress
{
    public static bool IsValid(string text)
    {
        try
        {
            var parsed = new MailAddress(text);
            return parsed.Address == text && parsed.DisplayName.Length == 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
