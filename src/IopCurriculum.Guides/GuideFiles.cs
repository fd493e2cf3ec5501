using System.Globalization;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Guides;

namespace IopCurriculum.Guides;

/// <summary>
/// File names for printed guides. A packet's name starts with its week's first day, so a folder of
/// packets lists in calendar order whatever cohort each belongs to.
/// </summary>
public static class GuideFiles
{
    /// <summary>"2027-02-01_eastside-2027-01-04_week-05.pdf".</summary>
    public static string Packet(WeekPacket packet, GuideFormat format)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return string.Create(CultureInfo.InvariantCulture,
            $"{packet.FirstDay:uuuu-MM-dd}_{packet.CohortId}_week-{packet.Week:00}.{Extension(format)}");
    }

    /// <summary>"matrix-16-week_RP-03.html": curriculum, track and session number, so previews list in course order.</summary>
    public static string Preview(Curriculum curriculum, Session session, GuideFormat format)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(session);
        return string.Create(CultureInfo.InvariantCulture,
            $"{curriculum.Id}_{session.Code.Track}-{session.Number:00}.{Extension(format)}");
    }

    public static string Extension(GuideFormat format) => format == GuideFormat.Pdf ? "pdf" : "html";
}
