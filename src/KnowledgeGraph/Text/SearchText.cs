using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>
/// Normalises names for search: case-, accent- and punctuation-insensitive, so that "Türkiye", "Turkiye"
/// and "turkiye" are one key, and a coarser transliteration skeleton for fuzzy matches.
/// </summary>
internal static class SearchText
{
    // The library runs with invariant globalization, where string.Normalize cannot decompose accented
    // letters, so the Latin letters with diacritics that names use are folded by this table instead.
    private static readonly FrozenDictionary<char, string> Folds = new (string Letters, string Base)[]
    {
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęěə", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįıİ", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
    }.SelectMany(f => f.Letters.Select(letter => (letter, f.Base))).ToFrozenDictionary(f => f.letter, f => f.Base);

    /// <summary>
    /// Lower-cases, strips diacritics (ü→u, ğ→g, ı→i, ə→e), folds ligatures (ß→ss, æ→ae), drops apostrophes and
    /// combining marks, and turns every other run of punctuation or white space into one space.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(builder, char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reduces a normalised text to a transliteration skeleton: y→i, z→s, w→v, j→i, ph→f, kh→h, ck→k, and
    /// doubled letters once, so that "Pashinian" and "Pashinyan" or "Galusin" and "Galuzin" share a skeleton.
    /// </summary>
    public static string Skeleton(string normalized)
    {
        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var next = i + 1 < normalized.Length ? normalized[i + 1] : '\0';
            if ((c is 'p' && next is 'h') || (c is 'k' && next is 'h'))
            {
                builder.Append(c is 'p' ? 'f' : 'h');
                i++;
                continue;
            }

            var mapped = c switch
            {
                'y' or 'j' => 'i',
                'z' => 's',
                'w' => 'v',
                'c' when next is 'k' => '\0',
                _ => c,
            };
            if (mapped != '\0' && (builder.Length == 0 || builder[^1] != mapped))
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        if (Folds.TryGetValue(c, out var folded))
        {
            builder.Append(folded);
        }
        else
        {
            builder.Append(c);
        }
    }
}
