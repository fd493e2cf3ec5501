using System.Globalization;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using NodaTime.Text;

namespace IopCurriculum.Engine.Transitions;

/// <summary>Stores planned sessions as rows.</summary>
internal static class SessionRows
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static PlannedSessionRecord From(PlannedSession session, string cohortId, long? enrolmentId = null, string? reason = null) => new()
    {
        CohortId = cohortId,
        EnrolmentId = enrolmentId,
        Week = session.Week,
        TrackCode = session.Track.Code.Value,
        Occurrence = session.Occurrence,
        SessionNumber = session.Session?.Number,
        StartUtc = session.StartInstant.ToDateTimeUtc(),
        LocalStart = Local.Format(session.Start.LocalDateTime),
        Minutes = session.Minutes,
        Status = session.Status.ToString().ToLowerInvariant(),
        Room = session.Room,
        Note = session.Note,
        Reason = reason,
    };
}
