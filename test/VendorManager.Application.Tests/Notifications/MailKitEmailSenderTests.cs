using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using VendorManager.Notifications.Email;
using VendorManager.TestBase.Mail;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Application.Tests.Notifications;

/// <summary>Sends through a real SMTP server in the test process; every failure comes back typed, with a reason.</summary>
public sealed class MailKitEmailSenderTests
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    private static EmailMessage Notice(params string[] to) => new()
    {
        To = to.Length == 0 ? ["pacs.admin@hospital.test"] : to,
        Subject = "Contract renewal due: Main archive",
        TextBody = "The service contract for the main archive ends on 2026-04-30.",
        HtmlBody = "<p>The service contract for the <b>main archive</b> ends on 2026-04-30.</p>",
    };

    [Fact]
    public async Task Should_Deliver_Subject_Bodies_Recipients_And_Sender_To_A_Real_Smtp_Server()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = new EmailSenderHost(EmailSenderHost.For(smtp));

        var result = await host.Sender.SendAsync(Notice("pacs.admin@hospital.test", "biomed@hospital.test"), CancellationToken.None);

        Assert.True(result.IsSent, result.ToString());
        var email = Assert.Single(await smtp.WaitForMessagesAsync(1, Delivery));
        Assert.Equal("Contract renewal due: Main archive", email.Subject);
        Assert.Equal("The service contract for the main archive ends on 2026-04-30.", email.TextBody?.Trim());
        Assert.Contains("<b>main archive</b>", email.HtmlBody);
        Assert.Equal(["pacs.admin@hospital.test", "biomed@hospital.test"], email.Message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["pacs.admin@hospital.test", "biomed@hospital.test"], email.EnvelopeTo);
        var from = Assert.Single(email.Message.From.Mailboxes);
        Assert.Equal((EmailSenderHost.From, "VendorManager"), (from.Address, from.Name));
        Assert.Equal(EmailSenderHost.From, email.EnvelopeFrom);
        Assert.Null(email.AuthenticatedUser);
    }

    [Fact]
    public async Task Should_Log_In_When_The_Server_Requires_It()
    {
        await using var smtp = await SmtpTestServer.StartAsync("notifier", "s3cret-relay");
        var settings = EmailSenderHost.For(smtp);
        settings["UserName"] = "notifier";
        settings["Password"] = "s3cret-relay";
        settings["Security"] = "None";
        settings["FromName"] = "PACS team";
        await using var host = new EmailSenderHost(settings);

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.True(result.IsSent, result.ToString());
        var email = Assert.Single(await smtp.WaitForMessagesAsync(1, Delivery));
        Assert.Equal("notifier", email.AuthenticatedUser);
        Assert.Equal("PACS team", Assert.Single(email.Message.From.Mailboxes).Name);
    }

    [Fact]
    public async Task Should_Fail_As_Authentication_Failed_When_The_Password_Is_Wrong()
    {
        await using var smtp = await SmtpTestServer.StartAsync("notifier", "s3cret-relay");
        var settings = EmailSenderHost.For(smtp);
        settings["UserName"] = "notifier";
        settings["Password"] = "wrong";
        await using var host = new EmailSenderHost(settings);

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal((EmailSendStatus.Failed, EmailFailureKind.AuthenticationFailed), (result.Status, result.Failure));
        Assert.Contains("refused the login for 'notifier'", result.Reason);
        Assert.DoesNotContain("wrong", result.Reason);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task Should_Fail_As_Authentication_Failed_When_The_Server_Requires_A_Login_That_Is_Not_Configured()
    {
        await using var smtp = await SmtpTestServer.StartAsync("notifier", "s3cret-relay");
        await using var host = new EmailSenderHost(EmailSenderHost.For(smtp));

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal(EmailFailureKind.AuthenticationFailed, result.Failure);
        Assert.Contains("Smtp:UserName", result.Reason);
    }

    [Fact]
    public async Task Should_Fail_Fast_As_Connection_Refused_When_Nothing_Listens()
    {
        var closed = FreePort.Next();
        await using var host = new EmailSenderHost(EmailSenderHost.For("127.0.0.1", closed));
        var clock = Stopwatch.StartNew();

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal((EmailSendStatus.Failed, EmailFailureKind.ConnectionRefused), (result.Status, result.Failure));
        Assert.Contains($"connection refused by 127.0.0.1:{closed}", result.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Should_Time_Out_When_The_Server_Never_Greets()
    {
        // Accepts the connection (the kernel does, from the backlog) and never sends the 220 greeting.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var settings = EmailSenderHost.For("127.0.0.1", ((IPEndPoint)silent.LocalEndpoint).Port);
        settings["TimeoutSeconds"] = "1";
        await using var host = new EmailSenderHost(settings);
        var clock = Stopwatch.StartNew();

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal(EmailFailureKind.TimedOut, result.Failure);
        Assert.Contains("did not answer within 1 s", result.Reason);
        Assert.False(result.MayHaveBeenDelivered);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Should_Name_The_Recipient_The_Server_Rejected()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        smtp.RejectRecipient("left.the.hospital@hospital.test");
        await using var host = new EmailSenderHost(EmailSenderHost.For(smtp));

        var result = await host.Sender.SendAsync(Notice("pacs.admin@hospital.test", "left.the.hospital@hospital.test"), CancellationToken.None);

        Assert.Equal(EmailFailureKind.RecipientRejected, result.Failure);
        Assert.Contains("rejected the recipient left.the.hospital@hospital.test", result.Reason);
        Assert.False(result.MayHaveBeenDelivered);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task Should_Send_The_Message_Id_It_Is_Given()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = new EmailSenderHost(EmailSenderHost.For(smtp));

        var result = await host.Sender.SendAsync(Notice() with { MessageId = "contract-reminder.42@hospital.test" }, CancellationToken.None);

        Assert.True(result.IsSent, result.ToString());
        Assert.Equal("contract-reminder.42@hospital.test", Assert.Single(smtp.Messages).Message.MessageId);
    }

    [Fact]
    public async Task Should_Report_A_Possible_Delivery_When_The_Answer_To_The_Transmitted_Message_Never_Comes()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        smtp.DataReplyDelay = TimeSpan.FromSeconds(4);
        var settings = EmailSenderHost.For(smtp);
        settings["TimeoutSeconds"] = "1";
        await using var host = new EmailSenderHost(settings);

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal(EmailSendStatus.Failed, result.Status);
        Assert.True(result.MayHaveBeenDelivered, result.ToString());
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Should_Report_Not_Configured_Without_A_Host()
    {
        await using var host = new EmailSenderHost(new Dictionary<string, string?> { ["FromAddress"] = EmailSenderHost.From });

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal(EmailSendStatus.NotConfigured, result.Status);
        Assert.Null(result.Failure);
        Assert.Contains("Smtp:Host", result.Reason);
    }

    [Fact]
    public async Task Should_Refuse_A_Recipient_That_Is_Not_An_Address_Before_Connecting()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = new EmailSenderHost(EmailSenderHost.For(smtp));

        var result = await host.Sender.SendAsync(Notice("Biomed team"), CancellationToken.None);

        Assert.Equal(EmailFailureKind.InvalidMessage, result.Failure);
        Assert.Contains("'Biomed team' is not an e-mail address", result.Reason);
    }

    [Fact]
    public async Task Should_Report_Invalid_Settings_Instead_Of_Sending()
    {
        var settings = EmailSenderHost.For("127.0.0.1", 25);
        settings["FromAddress"] = "VendorManager";
        await using var host = new EmailSenderHost(settings);

        var result = await host.Sender.SendAsync(Notice(), CancellationToken.None);

        Assert.Equal(EmailFailureKind.InvalidConfiguration, result.Failure);
        Assert.Contains("Smtp:FromAddress 'VendorManager' is not a single e-mail address", result.Reason);
    }
}
