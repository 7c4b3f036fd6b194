using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>Reads what a person sees on a contract page: the message under one field, a table's text.</summary>
public static partial class ContractPageHtml
{
    /// <summary>The message shown under the input posted as <paramref name="key"/>; empty when there is none.</summary>
    public static string ErrorAt(string html, string key)
    {
        var match = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(key)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no message slot for {key}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    /// <summary>The element with the id, its tags stripped: what a reader of that section sees.</summary>
    public static string TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<(?<tag>\\w+)[^>]*id=\"{Regex.Escape(id)}\"[^>]*>(?<body>.*?)</\\k<tag>>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no element #{id}.");
        return Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(match.Groups["body"].Value, " ")), " ").Trim();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
