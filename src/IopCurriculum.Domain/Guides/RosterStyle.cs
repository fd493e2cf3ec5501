namespace IopCurriculum.Domain.Guides;

/// <summary>
/// How a program's printed rosters name clients. Every style stops short of a full name: a roster
/// leaves the building on paper, so it carries no more than a facilitator needs to take attendance.
/// </summary>
public enum RosterStyle
{
    /// <summary>"Ana L.": given name and the family name's initial (the default).</summary>
    FirstNameLastInitial,
    /// <summary>"A. L.": initials only, for programs where a first name is already too much.</summary>
    Initials,
    /// <summary>The program's client number, for programs that keep names off paper altogether.</summary>
    ClientId,
}
