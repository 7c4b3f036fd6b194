using VendorManager.Notifications.Email;
using Xunit;

namespace VendorManager.Application.Tests.Notifications;

public sealed class SmtpOptionsValidatorTests
{
    private static readonly SmtpOptionsValidator Validator = new();

    private static SmtpOptions Valid() => new() { Host = "smtp.hospital.test", Port = 587, FromAddress = "vendormanager@hospital.test" };

    [Fact]
    public void Should_Accept_A_Relay_With_A_Sender_Address()
    {
        Assert.True(Validator.Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void Should_Accept_Mail_Switched_Off_Without_A_Sender()
    {
        var off = new SmtpOptions();

        Assert.False(off.Enabled);
        Assert.True(Validator.Validate(null, off).Succeeded);
    }

    [Theory]
    [InlineData("VendorManager")]
    [InlineData("VendorManager <vm@hospital.test>")]
    [InlineData("vm@")]
    [InlineData("a@b.test, c@d.test")]
    public void Should_Name_A_Bad_Sender_Address(string from)
    {
        var options = Valid();
        options.FromAddress = from;

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Smtp:FromAddress '{from}' is not a single e-mail address", result.FailureMessage);
    }

    [Fact]
    public void Should_Require_A_Sender_Address_When_A_Host_Is_Set()
    {
        var options = Valid();
        options.FromAddress = " ";

        Assert.Contains("Smtp:FromAddress is required", Validator.Validate(null, options).FailureMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    public void Should_Name_A_Port_Out_Of_Range(int port)
    {
        var options = Valid();
        options.Port = port;

        Assert.Contains($"Smtp:Port must be between 1 and 65535 (it is {port})", Validator.Validate(null, options).FailureMessage);
    }

    [Fact]
    public void Should_Refuse_A_Host_Given_As_A_Url()
    {
        var options = Valid();
        options.Host = "smtp://smtp.hospital.test:25";

        Assert.Contains("is not a host name or IP address", Validator.Validate(null, options).FailureMessage);
    }

    [Fact]
    public void Should_Refuse_A_Password_Without_A_User()
    {
        var options = Valid();
        options.Password = "secret";

        Assert.Contains("Smtp:Password is set without Smtp:UserName", Validator.Validate(null, options).FailureMessage);
    }
}
