using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

public sealed class TextSegmenterTests
{
    [Test]
    public void Segment_LineEndingInAColon_IsRunningTextThatIntroducesAList() =>
        Assert.That(TextSegmenter.Segment("Title of the piece\n\nThe Summit was attended by:\n\nKazakhstan – the President;\n").Paragraphs.Select(p => p.Role),
            Is.EqualTo(new[] { ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Body }));

    [Test]
    public void Segment_BlankLines_NumberParagraphsFromOneIncludingHeadings()
    {
        var text = "Report\n\nA Long Title for the Test Piece\n\nFirst body sentence here. Second one.\n\n\n\nAnother body paragraph.\n";
        var s = TextSegmenter.Segment(text);
        Assert.Multiple(() =>
        {
            Assert.That(s.Paragraphs.Select(p => p.Number), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(s.Paragraphs.Select(p => p.Role), Is.EqualTo(new[] { ParagraphRole.Heading, ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Body }));
            Assert.That(s.Title, Is.EqualTo("A Long Title for the Test Piece"));
            Assert.That(text.Substring(s.Paragraphs[2].Start, 5), Is.EqualTo("First"));
        });
    }

    [TestCase("Talks with the U.S. State Department went on. Then they ended.", 2)]
    [TestCase("Mr. Smith and Dr. Jones met in Paris. They talked.", 2)]
    [TestCase("J. R. Smith arrived on Monday. He left.", 2)]
    [TestCase("Growth was 3.5 percent in 2024. It slowed.", 2)]
    [TestCase("The deal was signed with the U.S. The next step is ratification.", 2)]
    [TestCase("Exports grew, e.g. oil and gas. Imports fell.", 2)]
    public void SplitSentences_AbbreviationsInitialsAndDecimals_DoNotEndSentences(string paragraph, int expected)
    {
        var sentences = TextSegmenter.SplitSentences(1, 0, paragraph);
        Assert.That(sentences, Has.Length.EqualTo(expected), string.Join(" | ", sentences.Select(x => x.Text)));
    }

    [Test]
    public void SplitSentences_FootnoteMarkerAfterThePeriod_BelongsToThatSentence()
    {
        var sentences = TextSegmenter.SplitSentences(5, 100, "The ministers met on Friday.[4] Nothing was signed.");
        Assert.Multiple(() =>
        {
            Assert.That(sentences, Has.Length.EqualTo(2));
            Assert.That(sentences[0].Footnotes, Is.EqualTo(new[] { 4 }));
            Assert.That(sentences[1].Footnotes, Is.Empty);
            Assert.That(sentences[1].Start, Is.EqualTo(100 + "The ministers met on Friday.[4] ".Length));
        });
    }

    [Test]
    public void Segment_FootnotesAndBio_AreFootnoteAndTrailerParagraphs()
    {
        var text = "Title Line Of Some Words\n\nBody text cites a source.[1]\n\n[1] “A Title”, Outlet, https://example.org, (Access Date: 01.02.2025).\n\nJane Doe\nJane Doe studied history.\n";
        var s = TextSegmenter.Segment(text);
        Assert.Multiple(() =>
        {
            Assert.That(s.Paragraphs.Select(p => p.Role), Is.EqualTo(new[] { ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Footnote, ParagraphRole.Trailer }));
            Assert.That(s.Footnotes.Single().Number, Is.EqualTo(1));
            Assert.That(s.Footnotes.Single().Paragraph, Is.EqualTo(3));
            Assert.That(s.Footnotes.Single().Text, Does.StartWith("“A Title”"));
            Assert.That(s.Paragraphs[3].Sentences.Select(x => x.Text), Is.EqualTo(new[] { "Jane Doe", "Jane Doe studied history." }));
        });
    }
}
