namespace IopCurriculum.Definitions.Tests.Support;

/// <summary>
/// A small valid curriculum: a fixed two-week skills group (XX) and an as-needed individual track (YY).
/// Tests break one thing in it at a time, so every problem has a predictable place.
/// </summary>
internal static class SampleCurriculum
{
    public const string Curriculum = """
        id: test-iop
        version: 1.0.0
        title: Test IOP
        description: A small curriculum for tests.
        weeks: 16
        tracks:
          - tracks/xx.yaml
          - tracks/yy.yaml

        """;

    public const string SkillsTrack = """
        code: XX
        name: Skills Group
        kind: group
        schedule:
          weeks: "1-2"
          days: [Mon, Fri]
          per_week: 2
          cadence: weekly
          start: "19:00"
        minutes: 90
        capacity: { min: 4, max: 10 }
        leaders: [counselor]
        sequence: fixed
        goals:
          - Build skills.
        format:
          - block: Check-in
            minutes: 15
            leader: Greet members.
          - block: Topic
            minutes: 75
            leader: Present the topic.
        handouts:
          - code: XX 1A
            title: Skills Sheet
            provenance: manual
          - code: XX 2A
            title: Planning Sheet
            provenance: adapted
        sessions:
          - number: 1
            title: Getting Started
            provenance: manual
            goals: [Learn the basics]
            handouts: [XX 1A]
            format:
              - block: Check-in
                minutes: 15
              - block: Topic presentation
                minutes: 45
              - block: Open discussion
                minutes: 30
          - number: 2
            title: Planning the Week
            provenance: adapted
            goals: [Plan the week]
            handouts: [XX 2A]
          - number: 3
            title: Handling Triggers
            provenance: unverified
            provenance_note: Check against the manual.
            goals: [Name three triggers]
          - number: 4
            title: Looking Ahead
            provenance: adapted
            goals: [Plan the next month]

        """;

    public const string IndividualTrack = """
        code: YY
        name: Individual Sessions
        kind: individual
        schedule:
          weeks: "1-8"
          days: [Tue]
          cadence: as-needed
          start: "10:00"
        minutes: 50
        leaders: [primary counselor]
        sequence: topic-list
        format:
          - block: Session
            minutes: 50
            leader: Meet the client.
        sessions:
          - number: 1
            title: Intake
            provenance: adapted
            goals: [Welcome the client]
            week: 1
          - number: 2
            title: Review
            provenance: adapted
            goals: [Review progress]
            week: 8

        """;
}
