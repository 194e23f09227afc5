using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>A footnote of an extracted article with the citation read from it.</summary>
/// <param name="Number">The footnote's number, as in its marker <c>[n]</c>.</param>
/// <param name="Paragraph">The paragraph that holds the footnote's text.</param>
/// <param name="Authors">The authors' names as printed before the title; empty when none.</param>
/// <param name="Title">The cited work's title (the quoted part), or <see langword="null"/>.</param>
/// <param name="Outlet">The outlet's name as printed, or <see langword="null"/> when none could be read.</param>
/// <param name="Url">The cited address, or <see langword="null"/>.</param>
/// <param name="Accessed">The access date, or <see langword="null"/>.</param>
/// <param name="Text">The footnote's whole text after the marker.</param>
public sealed record ExtractedFootnote(
    int Number,
    int Paragraph,
    ImmutableArray<string> Authors,
    string? Title,
    string? Outlet,
    string? Url,
    PartialDate? Accessed,
    string Text);

/// <summary>
/// Reads a citation from a footnote's text in the common shape
/// <c>Author, “Title”, Outlet, https://..., (Access Date: 25.03.2025).</c>, tolerating missing parts.
/// </summary>
internal static partial class CitationParser
{
    /// <summary>Parses the footnote text (without its marker).</summary>
    public static ExtractedFootnote Parse(int number, int paragraph, string text)
    {
        var rest = text.Trim();
        PartialDate? accessed = null;
        if (AccessDate().Match(rest) is { Success: true } am)
        {
            accessed = DateFinder.ParseStandalone(am.Groups["date"].Value);
            rest = rest.Remove(am.Index, am.Length);
        }

        string? url = null;
        if (UrlPattern().Match(rest) is { Success: true } um)
        {
            url = um.Value.TrimEnd('.', ',', ')', ';');
            rest = rest.Remove(um.Index, url.Length);
        }

        string? title = null;
        var authors = ImmutableArray<string>.Empty;
        var afterTitle = rest;
        if (QuotedTitle().Match(rest) is { Success: true } tm)
        {
            title = tm.Groups["t"].Value.Trim().TrimEnd(',');
            authors = ParseAuthors(rest[..tm.Index]);
            afterTitle = rest[(tm.Index + tm.Length)..];
        }

        var outlet = afterTitle.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim('.', ' ', '(', ')'))
            .FirstOrDefault(s => s.Any(char.IsLetter));
        return new ExtractedFootnote(number, paragraph, authors, title, outlet, url, accessed, text.Trim());
    }

    private static ImmutableArray<string> ParseAuthors(string before)
    {
        var names = before.Split([",", ";", " and ", "&"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [.. names.Where(n => n.Split(' ').Length is >= 1 and <= 5 && n.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])))];
    }

    [GeneratedRegex(@"\(?\s*(?:Access(?:ed)?\s+Date|Accessed(?:\s+on)?|Retrieved(?:\s+on)?|Erişim\s+Tarihi)\s*:?\s*(?<date>[^)]*?)\s*\)?\s*\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccessDate();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"“(?<t>[^”]{2,})”|""(?<t>[^""]{2,})""|«(?<t>[^»]{2,})»", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();
}
