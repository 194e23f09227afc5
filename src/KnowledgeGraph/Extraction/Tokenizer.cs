using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    /// <summary>A word (letters, possibly with digits or an inner apostrophe).</summary>
    Word,

    /// <summary>A number, possibly an ordinal ("80th").</summary>
    Number,

    /// <summary>A possessive ending ('s).</summary>
    Possessive,

    /// <summary>A footnote marker such as [3].</summary>
    Footnote,

    /// <summary>A punctuation mark or symbol.</summary>
    Punctuation,
}

/// <summary>A token of a sentence, with its absolute place in the document's text.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Start">The offset of its first character in the whole text.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Key">The folded form used for matching (see <see cref="TextFold"/>).</param>
internal sealed record Token(string Text, int Start, TokenKind Kind, string Key)
{
    /// <summary>Gets the offset just after the token.</summary>
    public int End => Start + Text.Length;

    /// <summary>Gets whether the first letter is uppercase.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Gets whether the token is an acronym written in capitals ("EU", "CSTO", "U.S.").</summary>
    public bool IsAcronym => Kind == TokenKind.Word && Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>Gets whether the token is a word or a number.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Gets whether the token is the given word, ignoring case and accents.</summary>
    public bool Is(string folded) => Key == folded;

    /// <summary>Gets whether the token is one of the given words, ignoring case and accents.</summary>
    public bool IsAny(params ReadOnlySpan<string> folded)
    {
        foreach (var f in folded)
        {
            if (Key == f)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Splits text into word, number, possessive, footnote-marker and punctuation tokens.</summary>
internal static partial class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; offsets are shifted by <paramref name="offset"/>.</summary>
    public static ImmutableArray<Token> Tokenize(string text, int offset = 0)
    {
        var builder = ImmutableArray.CreateBuilder<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            if (m.Value is "[" or "]" && !InPartyDesignation(text, m.Index))
            {
                continue; // an editor's insertion ("[French President Emmanuel] Macron") reads as running text
            }

            var kind = m.Groups["fn"].Success ? TokenKind.Footnote
                : m.Groups["poss"].Success ? TokenKind.Possessive
                : m.Groups["acr"].Success || m.Groups["word"].Success ? (char.IsDigit(m.Value[0]) ? TokenKind.Number : TokenKind.Word)
                : TokenKind.Punctuation;
            builder.Add(new Token(m.Value, m.Index + offset, kind, TextFold.Fold(m.Value)));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Whether the bracket at <paramref name="index"/> encloses a legislator's party and state ("Senator X [D-NH]"): those
    /// brackets stay, so the letters are not read as part of the name before them.
    /// </summary>
    private static bool InPartyDesignation(string text, int index) =>
        text[index] == '[' ? PartyDesignation().IsMatch(text.AsSpan(index)) : index >= 5 && PartyDesignation().IsMatch(text.AsSpan(index - 5));

    [GeneratedRegex(@"^\[\p{Lu}-\p{Lu}{2}\]", RegexOptions.CultureInvariant)]
    private static partial Regex PartyDesignation();

    /// <summary>Tokenizes a name (a gazetteer form) and returns the folded keys of its tokens.</summary>
    public static ImmutableArray<string> Keys(string name) =>
        [.. Tokenize(name).Where(t => t.Kind != TokenKind.Footnote).Select(t => t.Key)];

    [GeneratedRegex(@"(?<fn>\[\d{1,3}\])|(?<acr>\p{Lu}(?:\.\p{Lu})+\.?)|(?<poss>['’]s\b)|(?<word>[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:['’](?!s\b)[\p{L}][\p{L}\p{M}]*)*)|(?<punct>\S)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
