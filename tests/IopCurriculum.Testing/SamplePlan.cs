namespace IopCurriculum.Testing;

/// <summary>
/// A treatment plan file that reads cleanly for a client of the Matrix curriculum whose course began on
/// or before 2027-01-04, with services run by the staff members <c>lee</c> and <c>sam</c>.
/// </summary>
public static class SamplePlan
{
    public const string Text = """
        assessment:
          diagnoses:
            - code: F10.20
            - code: F41.1
            - text: Sleep disturbed since stopping drinking
          asam:
            intoxication-withdrawal: { risk: 1, note: Last drink nine days ago; no withdrawal signs. }
            biomedical: { risk: 0 }
            emotional-behavioral-cognitive: { risk: 2, note: Worry most days. }
            readiness-to-change: { risk: 1 }
            relapse-potential: { risk: 3, note: Drinks with co-workers after shifts. }
            recovery-environment: { risk: 2 }
          level_of_care: "2.1"
          summary: Fits intensive outpatient care; lives with a supportive partner.
        problems:
          - statement: Drinking after work shifts has cost two jobs.
            goals:
              - statement: No alcohol use for 30 days in a row, confirmed by breath tests.
                target: 2027-02-15
                status: active
                objectives:
                  - Name three triggers tied to the end of a shift.
                  - Plan an alternative for each weekday evening.
                interventions:
                  - service: Relapse Prevention groups
                    tracks: [RP]
                    frequency: twice weekly
                    responsible: lee
                  - service: Weekly breath testing
                    tracks: [UA]
                    frequency: weekly
                    responsible: sam
          - statement: Worry keeps the client awake.
            goals:
              - statement: Sleeps six hours on most nights, by the client's log.
                target: 2027-03-01
        """;
}
