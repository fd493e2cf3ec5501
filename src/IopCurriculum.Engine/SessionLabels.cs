using System.Globalization;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine;

/// <summary>How a stored session is named to people: "RP 3", or the track code where the group picks the topic.</summary>
public static class SessionLabels
{
    public static string Of(PlannedSessionRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.SessionNumber is { } number
            ? string.Create(CultureInfo.InvariantCulture, $"{row.TrackCode} {number}")
            : row.TrackCode;
    }
}
