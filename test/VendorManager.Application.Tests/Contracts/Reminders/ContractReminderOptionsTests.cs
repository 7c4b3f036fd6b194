using VendorManager.Common;
using VendorManager.Contracts;
using Xunit;

namespace VendorManager.Application.Tests.Contracts.Reminders;

/// <summary>The reminder settings are checked when the host starts, naming the setting at fault.</summary>
public sealed class ContractReminderOptionsTests
{
    [Fact]
    public void Should_Accept_Plain_Addresses_And_A_Sensible_Attempt_Limit()
        => Assert.True(new ContractReminderOptionsValidator().Validate(null,
            new ContractReminderOptions { Recipients = ["procurement@hospital.example", "contracts@hospital.example"], MaxAttempts = 24 }).Succeeded);

    [Fact]
    public void Should_Name_Each_Recipient_That_Is_Not_A_Single_Address_And_A_Bad_Attempt_Limit()
    {
        var result = new ContractReminderOptionsValidator().Validate(null,
            new ContractReminderOptions { Recipients = ["procurement@hospital.example", "Procurement <p@hospital.example>", "procurement"], MaxAttempts = 0 });

        Assert.Equal(
            ["Contracts:Reminders:Recipients:1 'Procurement <p@hospital.example>' is not a single e-mail address like procurement@hospital.example",
             "Contracts:Reminders:Recipients:2 'procurement' is not a single e-mail address like procurement@hospital.example",
             "Contracts:Reminders:MaxAttempts must be between 1 and 1000 (it is 0)"],
            result.Failures);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://vendormanager.hospital.example/", "https://vendormanager.hospital.example/Contracts/1")]
    [InlineData("http://pacs-tools:8080/vendormanager", "http://pacs-tools:8080/vendormanager/Contracts/1")]
    public void Should_Link_Under_The_Base_Url_When_There_Is_One(string? baseUrl, string? link)
    {
        var app = new AppOptions { BaseUrl = baseUrl };
        Assert.Null(app.Problem());
        Assert.Equal(link, app.Link("/Contracts/1"));
    }

    [Theory]
    [InlineData("vendormanager.hospital.example")]
    [InlineData("ftp://vendormanager.hospital.example")]
    [InlineData("https://vendormanager.hospital.example/?tenant=1")]
    public void Should_Refuse_A_Base_Url_That_Is_Not_An_Absolute_Web_Address(string baseUrl)
        => Assert.StartsWith("App:BaseUrl", new AppOptions { BaseUrl = baseUrl }.Problem());
}
