using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction;

/// <summary>What part a paragraph plays in an article.</summary>
internal enum ParagraphRole
{
    /// <summary>A heading, label or other one-line block without sentence punctuation.</summary>
    Heading,

    /// <summary>Running text.</summary>
    Body,

    /// <summary>A footnote's text ("[3] ...").</summary>
    Footnote,

    /// <summary>A block after the footnotes (author bio, related posts).</summary>
    Trailer,
}

/// <summary>A sentence of a paragraph.</summary>
/// <param name="Paragraph">The paragraph number (from 1).</param>
/// <param name="Index">The sentence number within the paragraph (from 1).</param>
/// <param name="Start">The offset of its first character in the whole text.</param>
/// <param name="Text">The sentence as written.</param>
/// <param name="Tokens">Its tokens, with absolute offsets.</param>
internal sealed record Sentence(int Paragraph, int Index, int Start, string Text, ImmutableArray<Token> Tokens)
{
    /// <summary>Gets the footnote numbers the sentence cites with markers such as [3].</summary>
    public ImmutableArray<int> Footnotes { get; } =
        [.. Tokens.Where(t => t.Kind == TokenKind.Footnote).Select(t => int.Parse(t.Text.AsSpan(1, t.Text.Length - 2), CultureInfo.InvariantCulture))];
}

/// <summary>A paragraph: a non-empty block of lines separated from the next by a blank line.</summary>
/// <param name="Number">The paragraph number, counted from 1 over every non-empty block.</param>
/// <param name="Start">The offset of its first character in the whole text.</param>
/// <param name="Text">The block as written.</param>
/// <param name="Role">What part it plays.</param>
/// <param name="Sentences">Its sentences.</param>
internal sealed record Paragraph(int Number, int Start, string Text, ParagraphRole Role, ImmutableArray<Sentence> Sentences);

/// <summary>The text of a footnote.</summary>
/// <param name="Number">The number in its marker.</param>
/// <param name="Paragraph">The paragraph that holds it.</param>
/// <param name="Text">Its text after the marker.</param>
internal sealed record FootnoteText(int Number, int Paragraph, string Text);

/// <summary>A document split into paragraphs, sentences and footnotes.</summary>
/// <param name="Text">The whole text.</param>
/// <param name="Paragraphs">Every paragraph, in order.</param>
/// <param name="Footnotes">The footnotes, in order.</param>
/// <param name="Title">The title: the first heading of three words or more, or <see langword="null"/>.</param>
internal sealed record SegmentedText(string Text, ImmutableArray<Paragraph> Paragraphs, ImmutableArray<FootnoteText> Footnotes, string? Title)
{
    /// <summary>Gets the sentences of the body paragraphs, in order.</summary>
    public IEnumerable<Sentence> BodySentences => Paragraphs.Where(p => p.Role == ParagraphRole.Body).SelectMany(p => p.Sentences);
}

/// <summary>
/// Splits plain text into paragraphs (non-empty blocks separated by blank lines, counted from 1) and
/// sentences, aware of abbreviations ("Mr.", "U.S."), initials ("M. Galuzin"), decimals and footnote markers.
/// </summary>
internal static partial class TextSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "st", "jr", "sr",
        "vs", "etc", "e.g", "i.e", "no", "nos", "inc", "ltd", "pte", "co", "corp", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "gov", "pres", "rep",
        "sen", "amb", "min", "rev", "hon", "art", "vol", "pp", "p", "cf", "al",
    };

    /// <summary>Words that start a new sentence even after an abbreviation or a dotted acronym ("... the U.S. The ...").</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "This", "These", "That", "Those", "It", "Its", "In", "However", "Such", "But", "A", "An", "On", "At",
        "He", "She", "They", "We", "I", "Both", "Furthermore", "Moreover", "Therefore", "Meanwhile", "Yet", "As",
        "According", "During", "After", "Before", "Since", "While", "Although", "Thus", "Hence", "Nevertheless",
        "Despite", "Following", "Under", "With", "For", "There", "Their", "His", "Her", "Also", "Earlier", "Later",
    };

    /// <summary>Splits <paramref name="text"/> into paragraphs and sentences.</summary>
    public static SegmentedText Segment(string text)
    {
        var blocks = SplitBlocks(text);
        var lastFootnote = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (FootnoteStart().IsMatch(blocks[i].Text))
            {
                lastFootnote = i;
            }
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(blocks.Count);
        var footnotes = ImmutableArray.CreateBuilder<FootnoteText>();
        string? title = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var (start, block) = blocks[i];
            var number = i + 1;
            var footnote = FootnoteStart().Match(block);
            var role = footnote.Success ? ParagraphRole.Footnote
                : lastFootnote >= 0 && i > lastFootnote ? ParagraphRole.Trailer
                : IsHeading(block) ? ParagraphRole.Heading
                : ParagraphRole.Body;
            if (footnote.Success)
            {
                footnotes.Add(new FootnoteText(int.Parse(footnote.Groups[1].Value, CultureInfo.InvariantCulture), number, block[footnote.Length..].Trim()));
            }

            if (role == ParagraphRole.Heading && title is null && WordCount(block) >= 3)
            {
                title = block.Trim();
            }

            var sentences = role == ParagraphRole.Footnote
                ? [new Sentence(number, 1, start, block, Tokenizer.Tokenize(block, start))]
                : SplitSentences(number, start, block);
            paragraphs.Add(new Paragraph(number, start, block, role, sentences));
        }

        return new SegmentedText(text, paragraphs.ToImmutable(), footnotes.ToImmutable(), title);
    }

    /// <summary>Splits one paragraph into sentences.</summary>
    internal static ImmutableArray<Sentence> SplitSentences(int paragraph, int offset, string block)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var sentenceStart = 0;
        for (var i = 0; i < block.Length; i++)
        {
            var end = BoundaryAt(block, i);
            if (end < 0)
            {
                continue;
            }

            Add(sentenceStart, end);
            sentenceStart = end;
            i = end - 1;
        }

        Add(sentenceStart, block.Length);
        return result.ToImmutable();

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(block[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(block[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                var s = block[from..to];
                result.Add(new Sentence(paragraph, result.Count + 1, offset + from, s, Tokenizer.Tokenize(s, offset + from)));
            }
        }
    }

    /// <summary>Returns the offset where a sentence ending at <paramref name="i"/> ends, or -1 when none ends there.</summary>
    private static int BoundaryAt(string block, int i)
    {
        var c = block[i];
        if (c == '\n')
        {
            return LineEndsSentence(block, i) ? i + 1 : -1;
        }

        if (c is not ('.' or '!' or '?' or '…'))
        {
            return -1;
        }

        var j = i + 1;
        while (j < block.Length)
        {
            if (block[j] is '.' or '!' or '?' or '”' or '"' or '’' or '\'' or ')' or '»')
            {
                j++;
            }
            else if (block[j] == '[' && FootnoteMarkerAt().Match(block, j) is { Success: true } m && m.Index == j)
            {
                j += m.Length;
            }
            else
            {
                break;
            }
        }

        if (j >= block.Length)
        {
            return block.Length;
        }

        if (!char.IsWhiteSpace(block[j]))
        {
            return -1;
        }

        var k = j;
        while (k < block.Length && char.IsWhiteSpace(block[k]))
        {
            k++;
        }

        if (k >= block.Length)
        {
            return block.Length;
        }

        var next = block[k];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '“' or '"' or '‘' or '(' or '«' or '['))
        {
            return -1;
        }

        if (c == '.')
        {
            var wordStart = i;
            while (wordStart > 0 && (char.IsLetter(block[wordStart - 1]) || block[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            var word = block[wordStart..i];
            var nextWord = NextWord(block, k);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return -1;
            }

            if ((word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word)) && !SentenceStarters.Contains(nextWord))
            {
                return -1;
            }
        }

        return j;
    }

    /// <summary>A line break ends a sentence after a heading-like line: short, without closing punctuation, before a capital.</summary>
    private static bool LineEndsSentence(string block, int newline)
    {
        var lineStart = block.LastIndexOf('\n', Math.Max(0, newline - 1));
        var line = block[(lineStart + 1)..newline].TrimEnd();
        var rest = block[(newline + 1)..].TrimStart();
        return line.Length > 0 && rest.Length > 0 && char.IsUpper(rest[0])
            && !char.IsPunctuation(line[^1]) && WordCount(line) <= 12;
    }

    private static string NextWord(string block, int k)
    {
        var e = k;
        while (e < block.Length && char.IsLetter(block[e]))
        {
            e++;
        }

        return block[k..e];
    }

    private static bool IsHeading(string block)
    {
        var trimmed = FootnoteMarkerAt().Replace(block, string.Empty).Trim();
        return !trimmed.Contains('\n', StringComparison.Ordinal)
            && WordCount(trimmed) <= 15
            && trimmed[^1] is not ('.' or '!' or '?' or ';' or ',' or ':' or '”' or '"')
            && !(trimmed[0] == '(' && trimmed[^1] == ')'); // "(Reporting by A; Editing by B)": a wire story's credits, no heading
    }

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<(int Start, string Text)> SplitBlocks(string text)
    {
        var blocks = new List<(int, string)>();
        var pos = 0;
        int? blockStart = null;
        var blockEnd = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, lineEnd - pos);
            if (line.IsWhiteSpace())
            {
                Flush();
            }
            else
            {
                blockStart ??= pos;
                blockEnd = lineEnd;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (blockStart is { } s)
            {
                var raw = text[s..blockEnd].TrimEnd('\r', ' ', '\t');
                var lead = raw.Length - raw.TrimStart().Length;
                blocks.Add((s + lead, raw[lead..]));
            }

            blockStart = null;
        }
    }

    [GeneratedRegex(@"^\[(\d{1,3})\]\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"\[\d{1,3}\]", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarkerAt();
}
