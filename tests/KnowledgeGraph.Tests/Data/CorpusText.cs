using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Tests.Data;

/// <summary>A source text split into paragraphs by the project's convention (non-empty blocks between blank lines, from 1).</summary>
internal sealed partial class CorpusText
{
    private CorpusText(IReadOnlyList<string> paragraphs) => Paragraphs = paragraphs;

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Loads the document's text from ../shared/corpus, or ignores the test with a message when it is absent.</summary>
    public static CorpusText LoadOrIgnore(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.Corpus, fileName);
        if (!File.Exists(path))
        {
            Assert.Ignore($"The source text {path} is not present (it lives in ../shared/corpus beside the repository); the text-based checks are skipped.");
        }

        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = BlankLines().Split(text).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        return new CorpusText(blocks);
    }

    /// <summary>Gets paragraph <paramref name="number"/> (1-based).</summary>
    public string Paragraph(int number) => Paragraphs[number - 1];

    /// <summary>Folds case, accents, typographic quotes and no-break spaces so "Türkiye" matches "turkiye".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                '–' or '—' => '-',
                'ı' => 'i',
                '\u00a0' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    /// <summary>Whether the paragraph names the surface form as a whole word (case- and accent-insensitive).</summary>
    public static bool Names(string paragraph, string surfaceForm)
    {
        var p = Fold(paragraph);
        var s = Fold(surfaceForm);
        var start = 0;
        while ((start = p.IndexOf(s, start, StringComparison.Ordinal)) >= 0)
        {
            var before = start == 0 || !char.IsLetterOrDigit(p[start - 1]);
            var after = start + s.Length >= p.Length || !char.IsLetterOrDigit(p[start + s.Length]);
            if (before && after)
            {
                return true;
            }

            start++;
        }

        return false;
    }

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();
}
