namespace IopCurriculum.Testing;

/// <summary>Paths into the repository the tests run from.</summary>
public static class Repo
{
    public static string Root => RepositoryPaths.Root;

    public static string Matrix => Path.Combine(Root, "curricula", "matrix-16-week");

    public static string MentalHealth => Path.Combine(Root, "curricula", "mh-iop-8-week");

    public static string LosAngelesCalendar => Path.Combine(Matrix, "calendars", "example-los-angeles.yaml");

    /// <summary>The New York example, whose closures cancel sessions rather than move them.</summary>
    public static string NewYorkCalendar => Path.Combine(Matrix, "calendars", "example-cancel-policy.yaml");

    public static string MatrixClient => Path.Combine(Root, "workflows", "matrix-client.yaml");

    /// <summary>Version 2 of the Matrix client course: intake ends only once the treatment plan is signed.</summary>
    public static string MatrixClientV2 => Path.Combine(Root, "workflows", "matrix-client-v2.yaml");

    /// <summary>Version 3: as version 2, and the team is alerted when a PHQ-9 shows a safety concern.</summary>
    public static string MatrixClientV3 => Path.Combine(Root, "workflows", "matrix-client-v3.yaml");

    public static string ContingencyManagement => Path.Combine(Root, "workflows", "contingency-management.yaml");
}
