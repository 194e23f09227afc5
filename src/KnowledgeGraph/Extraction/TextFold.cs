using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Folds names for matching: case, accents and the usual transliteration variants ("Türkiye" = "Turkiye",
/// "Pashinian" ~ "Pashinyan") are ignored, so one gazetteer entry covers the spellings sources use.
/// </summary>
internal static class TextFold
{
    /// <summary>
    /// The base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), '?' where there is none.
    /// Unicode normalization is not available under invariant globalization, so the table stands in for it.
    /// </summary>
    private const string Latin =
        "AAAAAAACEEEEIIII" + "DNOOOOO?OUUUUYTs" + "aaaaaaaceeeeiiii" + "dnooooo?ouuuuyty" +
        "AaAaAaCcCcCcCcDd" + "DdEeEeEeEeEeGgGg" + "GgGgHhHhIiIiIiIi" + "IiJjJjKkkLlLlLlL" +
        "lLlNnNnNnnNnOoOo" + "OoOoRrRrRrSsSsSs" + "SsTtTtTtUuUuUuUu" + "UuUuWwYyYZzZzZzs";

    /// <summary>Lowercases, strips diacritics and maps letters without a decomposition (ı, ł, ø, ß, ...).</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c is >= '\u00C0' and <= '\u017F' ? Latin[c - '\u00C0'] : c;
            if (plain != c && plain != '?')
            {
                sb.Append(char.ToLowerInvariant(plain));
                continue;
            }

            switch (c)
            {
                case 'ı' or 'İ': sb.Append('i'); break;
                case 'ł' or 'Ł': sb.Append('l'); break;
                case 'ø' or 'Ø': sb.Append('o'); break;
                case 'đ' or 'Đ': sb.Append('d'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ' or 'Æ': sb.Append("ae"); break;
                case 'œ' or 'Œ': sb.Append("oe"); break;
                case '’' or '‘' or '`' or 'ʻ' or 'ʼ': sb.Append('\''); break;
                case '–' or '—' or '‐' or '‑' or '−': sb.Append('-'); break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A coarser key for transliteration variants: the folded text with "dzh" read as "j", "y" as "i", "kh" as "h",
    /// "j" as "i" after a vowel, doubled letters single and apostrophes dropped.
    /// </summary>
    public static string Skeleton(string folded)
    {
        // British and American spellings: "organisation" and "organization", "recognise" and "recognize".
        var spelled = folded.Replace("isation", "ization", StringComparison.Ordinal);
        if (spelled.Length > 5 && spelled.EndsWith("ise", StringComparison.Ordinal))
        {
            spelled = spelled[..^3] + "ize";
        }

        // Russian-style "dzh" and "zh" are the English "j": Dzheikhun = Jeyhun, Zhomart = Jomart.
        var s = spelled.Replace("dzh", "j", StringComparison.Ordinal).Replace("zh", "j", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace('y', 'i')
            .Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal).Replace("ch", "c", StringComparison.Ordinal).Replace('x', 'h');

        // Azerbaijani and Turkish spelling: "Ceyhun" is "Jeyhun", "Cabbar" is "Jabbar" (a word-initial c before a vowel).
        if (s.Length > 1 && s[0] == 'c' && "aeiou".IndexOf(s[1], StringComparison.Ordinal) >= 0)
        {
            s = "j" + s[1..];
        }
        var sb = new StringBuilder(s.Length);
        for (var k = 0; k < s.Length; k++)
        {
            var c = s[k];
            if (sb.Length > 0 && sb[^1] == c && char.IsLetter(c))
            {
                continue;
            }

            // A glide between vowels is a spelling choice: "Tokayev" and "Tokaev", "Mirziyoyev" and "Mirziyoev".
            if (c == 'i' && sb.Length > 0 && IsVowel(sb[^1]) && sb[^1] != 'i' && k + 1 < s.Length && IsVowel(s[k + 1]) && s[k + 1] != 'i')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    /// <summary>Makes a lowercase slug id (letters a-z, digits, single hyphens) from a name.</summary>
    public static string Slug(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "entity" : slug;
    }
}
