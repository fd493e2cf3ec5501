using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;

namespace IopCurriculum.Guides.Tests.Support;

/// <summary>Renders previews synchronously for tests that only read the result.</summary>
internal static class Render
{
    public static string Preview(Curriculum curriculum, Session session, ProgramCalendar? calendar = null, PaperSize paper = PaperSize.Letter)
    {
        var renderer = new GuideRenderer();
        try
        {
            return renderer.PreviewAsync(curriculum, SessionPreviews.Of(curriculum, session, calendar), paper).GetAwaiter().GetResult();
        }
        finally
        {
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
