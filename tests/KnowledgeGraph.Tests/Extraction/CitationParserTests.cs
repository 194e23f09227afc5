using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Extraction;

public sealed class CitationParserTests
{
    [Test]
    public void Parse_FullCitation_ReadsAuthorsTitleOutletUrlAndAccessDate()
    {
        var f = CitationParser.Parse(7, 30, "Jane Roe and John Poe, “Ministers Meet, Agree on Little”, Daily Planet, https://example.org/a-b?c=1, (Access Date: 25.03.2025).");
        Assert.Multiple(() =>
        {
            Assert.That(f.Number, Is.EqualTo(7));
            Assert.That(f.Paragraph, Is.EqualTo(30));
            Assert.That(f.Authors, Is.EqualTo(new[] { "Jane Roe", "John Poe" }));
            Assert.That(f.Title, Is.EqualTo("Ministers Meet, Agree on Little"));
            Assert.That(f.Outlet, Is.EqualTo("Daily Planet"));
            Assert.That(f.Url, Is.EqualTo("https://example.org/a-b?c=1"));
            Assert.That(f.Accessed, Is.EqualTo(new PartialDate(2025, 3, 25)));
        });
    }

    [Test]
    public void Parse_NoAuthorAndNoDate_LeavesThemOut()
    {
        var f = CitationParser.Parse(1, 9, "“Border Talks Resume”, Wire Service, http://example.com/x.");
        Assert.Multiple(() =>
        {
            Assert.That(f.Authors, Is.Empty);
            Assert.That(f.Title, Is.EqualTo("Border Talks Resume"));
            Assert.That(f.Outlet, Is.EqualTo("Wire Service"));
            Assert.That(f.Url, Is.EqualTo("http://example.com/x"));
            Assert.That(f.Accessed, Is.Null);
        });
    }

    [TestCase("Accessed 4 May 2024", 2024, 5, 4)]
    [TestCase("Retrieved on 2024-05-04", 2024, 5, 4)]
    [TestCase("(Access Date: 04.05.2024)", 2024, 5, 4)]
    public void Parse_AccessDateForms_AreNormalized(string tail, int y, int m, int d)
    {
        var f = CitationParser.Parse(1, 1, "“T”, Outlet, https://example.org, " + tail);
        Assert.That(f.Accessed, Is.EqualTo(new PartialDate(y, m, d)));
    }
}
