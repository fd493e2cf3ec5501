using IopCurriculum.Domain.Guides;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// The cohort's clients as registers and dashboards see them: the name the program's roster style gives,
/// whether any workflow is still running, and the group tracks their current stages attend. Stages are
/// read as they stand now, as the weekly packet reads them.
/// </summary>
internal static class ExpectedClients
{
    public static List<ExpectedClient> Read(EngineContext context, IopDbContext db, CohortSetting setting)
    {
        var style = RosterStyles.Parse(setting.Program.RosterNames) ?? RosterStyle.FirstNameLastInitial;
        var enrolments = db.Enrolments.AsNoTracking().Include(e => e.Client).Include(e => e.Instances)
            .Where(e => e.CohortId == setting.Cohort.Id)
            .OrderBy(e => e.StartWeek).ThenBy(e => e.ClientId)
            .ToList();
        var definitionIds = enrolments.SelectMany(e => e.Instances).Select(i => i.DefinitionId).Distinct().ToList();
        var definitions = db.WorkflowDefinitions.AsNoTracking().Where(d => definitionIds.Contains(d.Id)).ToDictionary(d => d.Id);
        var clients = new List<ExpectedClient>();
        foreach (var enrolment in enrolments)
        {
            var active = enrolment.Instances.Where(i => i.Active).ToList();
            var namesGroups = false;
            var tracks = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instance in active)
            {
                var definition = context.Machine(definitions[instance.DefinitionId]).Definition;
                if (!definition.Stages.Any(s => s.Attends.Count > 0)) continue;
                namesGroups = true;
                tracks.UnionWith(definition.FindStage(instance.Stage)?.Attends ?? []);
            }
            var client = enrolment.Client!;
            clients.Add(new ExpectedClient(enrolment, style.Name(client.Id, client.GivenName, client.FamilyName), active.Count > 0, namesGroups ? tracks : null));
        }
        return clients;
    }
}

/// <param name="Tracks">Null when none of the client's running workflows names groups: such a client is expected at every group.</param>
internal sealed record ExpectedClient(EnrolmentRecord Enrolment, string Name, bool Active, IReadOnlySet<string>? Tracks)
{
    /// <summary>Whether the client's current stages attend <paramref name="track"/>'s groups.</summary>
    public bool Attends(string track) => Tracks is null || Tracks.Contains(track);

    /// <summary>Whether the client is expected at <paramref name="session"/>: their own individual session, or a group their stage attends from the week they joined.</summary>
    public bool ExpectedAt(PlannedSessionRecord session) =>
        session.EnrolmentId is { } owner
            ? owner == Enrolment.Id
            : Active && session.Week >= Enrolment.StartWeek && Attends(session.TrackCode);
}
