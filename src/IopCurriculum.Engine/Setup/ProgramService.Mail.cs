using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Engine.Setup;

/// <summary>How a program's task notices are sent, if at all.</summary>
/// <param name="Server">The SMTP host, with its port when it is not 25.</param>
public sealed record ProgramMail(string Server, int Port, string From);

public sealed partial class ProgramService
{
    /// <summary>
    /// Sets the SMTP server task notices go through and the address they come from; an empty server stops
    /// them. A notice carries a link to the task and nothing about the client.
    /// </summary>
    public ProgramMail? SetMail(string programId, string? server, string? from, int? taskDueHours = null)
    {
        var host = string.IsNullOrWhiteSpace(server) ? null : server.Trim();
        if (host is not null) _ = ParseServer(host);
        var sender = string.IsNullOrWhiteSpace(from) ? null : from.Trim();
        if (host is not null && sender is null) throw EngineException.Invalid("give the address task notices come from, such as iop@clinic.example.org");
        if (sender is not null && !System.Net.Mail.MailAddress.TryCreate(sender, out _))
            throw EngineException.Invalid($"'{sender}' is not an e-mail address, such as iop@clinic.example.org");
        if (taskDueHours is < 1 or > 24 * 14) throw EngineException.Invalid($"a task is due within 1 to 336 hours, not {taskDueHours}");
        var program = UnitOfWork.Run(_context, db =>
        {
            var found = db.Programs.SingleOrDefault(p => p.Id == programId)
                ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
            found.MailServer = host;
            found.MailFrom = host is null ? null : sender;
            if (taskDueHours is { } hours) found.TaskDueHours = hours;
            return found;
        });
        return Mail(program);
    }

    /// <summary>The program's mail settings, or null when it sends no notices.</summary>
    public ProgramMail? MailOf(string programId)
    {
        using var db = _context.Database.Open();
        var program = db.Programs.SingleOrDefault(p => p.Id == programId)
            ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
        return Mail(program);
    }

    private static ProgramMail? Mail(Persistence.Records.ProgramRecord program)
    {
        if (program.MailServer is null || program.MailFrom is null) return null;
        var (host, port) = ParseServer(program.MailServer);
        return new ProgramMail(host, port, program.MailFrom);
    }

    private static (string Host, int Port) ParseServer(string server)
    {
        var colon = server.LastIndexOf(':');
        var host = colon < 0 ? server : server[..colon];
        var port = 25;
        if (colon >= 0 && (!int.TryParse(server.AsSpan(colon + 1), out port) || port is < 1 or > 65535))
            throw EngineException.Invalid($"'{server}' is not an SMTP server: write the host, or host:port with a port from 1 to 65535");
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
            throw EngineException.Invalid($"'{host}' is not a host name");
        return (host, port);
    }
}
