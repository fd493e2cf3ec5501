namespace IopCurriculum.Cli.Tests;

/// <summary>Curricula written into a test's folder.</summary>
internal static class SampleCurricula
{
    // One track, three mistakes: the format is 10 minutes short, a handout is undefined, a key is misspelt.
    public const string BrokenCurriculum = """
        id: broken-example
        version: 1.0.0
        title: Broken example
        weeks: 4
        tracks:
          - code: RP
            name: Relapse Prevention
            kind: group
            schedule:
              weeks: 1-4
              days: [Mon]
              cadence: weekly
              start: "19:00"
            minutes: 60
            leaders: [counselor]
            sequence: repeat
            sessions:
              - number: 1
                title: Weekly group
                provenance: manual
                goals: [Meet]
                format:
                  - block: Talk
                    minutes: 50
                    leader: Talk.
                handouts: [RP 9Z]
                closing: Bye.
                titel: typo
        """;
}
