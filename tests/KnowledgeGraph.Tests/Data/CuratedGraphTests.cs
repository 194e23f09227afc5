using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Data;

/// <summary>Invariants of the curated graph-data/ checked against the source text it was curated from.</summary>
public sealed partial class CuratedGraphTests
{
    private Graph graph = null!;

    [OneTimeSetUp]
    public void LoadRealData() => graph = Graph.Load(RepositoryPaths.GraphData);

    [Test]
    public void Load_RealGraphData_HasNoProblemsAndNoSkippedDrafts()
    {
        Assert.That(graph.Notices, Is.Empty);
        Assert.That(graph.Entities, Is.Not.Empty);
        Assert.That(graph.Relations, Is.Not.Empty);
    }

    [Test]
    public void LoadDefault_EmbeddedCopy_IsTheSameVersionAsTheFolder() =>
        Assert.That(Graph.LoadDefault().Version, Is.EqualTo(graph.Version));

    [Test]
    public void Entities_EachTakesPartInARelationOrIsDocumentedAsIsolated()
    {
        var linked = graph.Relations.SelectMany(r => new[] { r.Source, r.Target }).ToHashSet();
        var lonely = graph.Entities.Where(e => !linked.Contains(e.Id) && string.IsNullOrWhiteSpace(e.Isolated)).Select(e => e.Id);
        Assert.That(lonely, Is.Empty);
    }

    [Test]
    public void States_CarryIsoCodes()
    {
        var missing = graph.Entities.Where(e => e.Kind == "State" && !e.Identifiers.ContainsKey("iso3166Alpha2")).Select(e => e.Id);
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Documents_ParagraphCountMatchesTheSourceText()
    {
        foreach (var doc in CorpusDocuments())
        {
            var text = CorpusText.LoadOrIgnore(doc.File!);
            Assert.That(doc.ParagraphCount, Is.EqualTo(text.Paragraphs.Count), doc.Id);
        }
    }

    [Test]
    public void Footnotes_PointAtTheParagraphThatHoldsTheirText()
    {
        foreach (var doc in CorpusDocuments())
        {
            var text = CorpusText.LoadOrIgnore(doc.File!);
            foreach (var f in doc.Footnotes)
            {
                var paragraph = text.Paragraph(f.Paragraph);
                Assert.Multiple(() =>
                {
                    Assert.That(paragraph, Does.StartWith($"[{f.Number}]"), $"{doc.Id} footnote {f.Number}");
                    Assert.That(paragraph, Does.Contain(f.Citation.Url), $"{doc.Id} footnote {f.Number} url");
                });
            }
        }
    }

    [Test]
    public void Evidence_EachParagraphNamesAnEndOfItsRelationUnlessImplicit()
    {
        var failures = new List<string>();
        foreach (var relation in graph.Relations.Where(r => !r.Implicit))
        {
            foreach (var e in relation.Evidence.Where(InCorpusDocument))
            {
                var text = CorpusText.LoadOrIgnore(graph.FindDocument(e.Document!)!.File!);
                var paragraph = text.Paragraph(e.Paragraph!.Value);
                var ends = new[] { graph.FindEntity(relation.Source)!, graph.FindEntity(relation.Target)! };
                if (!ends.SelectMany(x => x.SurfaceForms).Any(form => CorpusText.Names(paragraph, form)))
                {
                    failures.Add($"{relation.Id}: paragraph {e.Paragraph} names neither {relation.Source} nor {relation.Target}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Evidence_FootnoteIsCitedInItsParagraph()
    {
        var failures = new List<string>();
        foreach (var relation in graph.Relations)
        {
            foreach (var e in relation.Evidence.Where(e => e.Footnote is not null && InCorpusDocument(e)))
            {
                var text = CorpusText.LoadOrIgnore(graph.FindDocument(e.Document!)!.File!);
                if (!text.Paragraph(e.Paragraph!.Value).Contains($"[{e.Footnote}]", StringComparison.Ordinal))
                {
                    failures.Add($"{relation.Id}: paragraph {e.Paragraph} has no marker [{e.Footnote}]");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Mentions_EachParagraphNamesTheEntity()
    {
        var failures = new List<string>();
        foreach (var entity in graph.Entities)
        {
            foreach (var m in entity.Mentions.Where(m => graph.FindDocument(m.Document)!.File is not null))
            {
                var text = CorpusText.LoadOrIgnore(graph.FindDocument(m.Document)!.File!);
                failures.AddRange(m.Paragraphs
                    .Where(p => !entity.SurfaceForms.Any(form => CorpusText.Names(text.Paragraph(p), form)))
                    .Select(p => $"{entity.Id}: paragraph {p} does not name it by any of its forms"));
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Notes_AreInTheCuratorsOwnWords()
    {
        // No run of eight words of a note or description may be copied from the article's prose.
        var failures = new List<string>();
        foreach (var doc in CorpusDocuments())
        {
            var text = CorpusText.LoadOrIgnore(doc.File!);
            var prose = Words(string.Join(" ", text.Paragraphs.Where(p => !p.StartsWith('[')))).ToArray();
            var shingles = Enumerable.Range(0, Math.Max(0, prose.Length - 7)).Select(i => string.Join(' ', prose, i, 8)).ToHashSet();
            var notes = graph.Relations.SelectMany(r => r.Evidence).Select(e => e.Note)
                .Concat(graph.Entities.Select(e => e.Description))
                .Where(n => n is not null).Cast<string>();
            foreach (var note in notes)
            {
                var words = Words(note).ToArray();
                for (var i = 0; i + 8 <= words.Length; i++)
                {
                    var run = string.Join(' ', words, i, 8);
                    if (shingles.Contains(run))
                    {
                        failures.Add($"copied: \"{run}\"");
                        break;
                    }
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Relations_FactualStatementsAreNotHedged()
    {
        // The modality vocabulary is used: some relations of the article are hedged, hypothetical or denied.
        var certainties = graph.Relations.Select(r => r.Certainty).ToHashSet();
        Assert.That(certainties, Is.SupersetOf(new[] { Certainty.Stated, Certainty.Hypothetical, Certainty.Denied }));
    }

    /// <summary>The documents whose text is in the shared corpus; documents read on the web have a URL and no file.</summary>
    private IEnumerable<SourceDocument> CorpusDocuments() => graph.Documents.Where(d => d.File is not null);

    private bool InCorpusDocument(Evidence e) => !e.Background && graph.FindDocument(e.Document!)!.File is not null;

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(CorpusText.Fold(text)).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
