using IopCurriculum.Engine.Setup;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace IopCurriculum.Actions;

/// <summary>
/// Tells staff by e-mail that a task is waiting. E-mail leaves the program's control, so a notice carries
/// no client name, id or clinical detail: only a link to the task, which needs a sign-in to read.
/// </summary>
public sealed class TaskNotices(ActionSettings settings)
{
    /// <summary>The notice for one task; its Message-Id is the action's key, so a receiver can spot a repeat.</summary>
    public MimeMessage Compose(ProgramMail mail, IReadOnlyCollection<string> to, long taskId, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(to);
        var link = new Uri(settings.PublicUrl, $"tasks#task-{taskId}");
        var message = new MimeMessage { Subject = "A task is waiting for you in IopCurriculum", MessageId = $"{idempotencyKey}@iopcurriculum" };
        message.From.Add(MailboxAddress.Parse(mail.From));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                A task is waiting for you in IopCurriculum.

                Open it here (you will be asked to sign in): {link}

                For the clients' privacy this message says nothing about whom the task concerns.
                """,
        };
        return message;
    }

    public async Task SendAsync(ProgramMail mail, MimeMessage message, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(mail.Server, mail.Port, SecureSocketOptions.StartTlsWhenAvailable, cancel).ConfigureAwait(false);
            await client.SendAsync(message, cancel).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or SslHandshakeException or TimeoutException)
        {
            throw new Engine.Actions.ActionFailedException($"the mail server {mail.Server}:{mail.Port} did not take the notice: {e.Message}", e);
        }
    }
}
