using System.Text.Json;
using Json.Schema;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Facts files: bad ones get located errors; the real corpus's files fit the schema, the vocabulary and their texts.</summary>
public sealed class CorpusFactsTests
{
    private static readonly Lazy<Graph> RealGraph = new(() => Graph.Load(RepositoryPaths.GraphData));

    private static string CorpusFolder => Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus");

    public static IEnumerable<string> FactsFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus"), "*.facts.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static FactsProblem[] Problems(string json)
    {
        var e = Assert.Throws<FactsFileException>(() => CorpusFacts.Parse(json, "bad.facts.json", RealGraph.Value))!;
        return [.. e.Problems];
    }

    private static string With(string relation, string entities = """{ "name": "Armenia", "kind": "State", "graphId": "armenia" }, { "name": "Azerbaijan", "kind": "State" }""") =>
        $$"""{ "article": "01-x.txt", "genre": "test", "entities": [{{entities}}], "relations": [{{relation}}], "mustNotPropose": [] }""";

    [Test]
    public void Parse_UnknownType_NamesThePathTheValueAndASuggestion()
    {
        var p = Problems(With("""{ "source": "Armenia", "type": "held-talk-with", "target": "Azerbaijan", "certainty": "stated", "paragraph": 2 }""")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(p.File, Is.EqualTo("bad.facts.json"));
            Assert.That(p.Path, Is.EqualTo("$.relations[0].type"));
            Assert.That(p.Message, Does.Contain("\"held-talk-with\"").And.Contain("did you mean \"held-talks-with\""));
        });
    }

    [Test]
    public void Parse_UnknownEntityName_BadCertaintyAndBadParagraph_AreAllListed()
    {
        var problems = Problems(With("""{ "source": "Armenia", "type": "held-talks-with", "target": "Baku", "certainty": "likely", "paragraph": 0 }"""));
        Assert.That(problems.Select(p => p.ToString()), Is.EquivalentTo(new[]
        {
            "bad.facts.json: $.relations[0].target: unknown entity name \"Baku\": not a name or alias in \"entities\"",
            "bad.facts.json: $.relations[0].certainty: unknown certainty \"likely\" (one of stated, reported, hedged, hypothetical, denied)",
            "bad.facts.json: $.relations[0].paragraph: 0 is not a paragraph number (1 or more)",
        }));
    }

    [Test]
    public void Parse_KindsTheTypeDoesNotAllow_AndAnUnknownGraphId_AreLocated()
    {
        var problems = Problems(With(
            """{ "source": "Armenia", "type": "head-of-state-of", "target": "Azerbaijan", "certainty": "stated", "paragraph": 1 }""",
            """{ "name": "Armenia", "kind": "State", "graphId": "armenia" }, { "name": "Azerbaijan", "kind": "State", "graphId": "azerbaijan-republic" }"""));
        Assert.That(problems.Select(p => p.Path), Is.EquivalentTo(new[] { "$.entities[1].graphId", "$.relations[0].type" }));
        Assert.That(problems.Single(p => p.Path == "$.relations[0].type").Message, Does.Contain("does not allow a State (\"Armenia\") as source"));
    }

    [Test]
    public void Parse_InvalidJson_NamesTheLine()
    {
        var p = Problems("{\n  \"article\": \"01-x.txt\",\n  \"genre\": \n}").Single();
        Assert.That(p.Path, Does.StartWith("line 4"));
        Assert.That(p.Message, Does.StartWith("not valid JSON"));
    }

    [Test]
    public void Evaluate_FolderWithABrokenFactsFile_ListsTheFileAndPath_AndAParagraphBeyondTheText()
    {
        var folder = Directory.CreateTempSubdirectory("kg-corpus-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "01-x.txt"), "Title\n\nArmenia and Azerbaijan held talks.\n");
            File.WriteAllText(Path.Combine(folder, "01-x.facts.json"),
                With("""{ "source": "Armenia", "type": "held-talks-with", "target": "Azerbaijan", "certainty": "stated", "paragraph": 5 }"""));
            File.WriteAllText(Path.Combine(folder, "02-y.facts.json"),
                With("""{ "source": "Armenia", "type": "hugged", "target": "Azerbaijan", "certainty": "stated", "paragraph": 2 }""").Replace("01-x.txt", "02-y.txt", StringComparison.Ordinal));
            var e = Assert.Throws<FactsFileException>(() => CorpusEvaluator.Evaluate(RealGraph.Value, folder))!;
            Assert.That(e.Problems.Select(p => (Path.GetFileName(p.File), p.Path)), Is.EquivalentTo(new[]
            {
                ("01-x.facts.json", "$.relations[0].paragraph"),
                ("02-y.facts.json", "$.relations[0].type"),
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCaseSource(nameof(FactsFiles))]
    public void CorpusFactsFile_FitsTheSchemaTheVocabularyAndItsText(string file)
    {
        var path = Path.Combine(CorpusFolder, file);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(CorpusFolder, "facts.schema.json")));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.That(result.IsValid, Is.True, string.Join("\n", errors));

        var facts = CorpusFacts.Load(path, RealGraph.Value);
        var text = File.ReadAllText(Path.Combine(CorpusFolder, facts.Article));
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var paragraphs = text.Split("\n\n").Count(p => !string.IsNullOrWhiteSpace(p));
        Assert.Multiple(() =>
        {
            Assert.That(words, Is.InRange(150, 450), "article length in words");
            Assert.That(facts.Relations.Where(r => !r.Optional), Is.Not.Empty);
            Assert.That(facts.Relations.Select(r => r.Paragraph), Has.All.InRange(1, paragraphs));
            foreach (var entity in facts.Entities)
            {
                Assert.That(entity.Aliases.Prepend(entity.Name).Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)), Is.True,
                    $"{file}: the text names \"{entity.Name}\" by its name or an alias");
            }
        });
    }

    [Test]
    public void Corpus_HasAtLeastTwelveArticlesInSeveralGenres()
    {
        var all = FactsFiles().Select(f => CorpusFacts.Load(Path.Combine(CorpusFolder, f), RealGraph.Value)).ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(12));
        Assert.That(all.Select(f => f.Genre).Distinct().Count(), Is.GreaterThanOrEqualTo(6));
    }

    private static IEnumerable<string> RealArticleReadings() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs", "extraction-real"), "*.facts.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f)).Order(StringComparer.Ordinal);

    /// <summary>
    /// The readings of real articles in docs/extraction-real (their texts are not in the repository) still fit the schema
    /// and the vocabulary, so anyone who saves the texts beside them can score the extractor; and they hold no article
    /// sentence: no free-text notes, only facts.
    /// </summary>
    [TestCaseSource(nameof(RealArticleReadings))]
    public void RealArticleReading_FitsTheSchemaAndTheVocabularyAndHoldsNoNotes(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, file);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(CorpusFolder, "facts.schema.json")));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True, string.Join("\n", errors));
            Assert.That(() => CorpusFacts.Load(path, RealGraph.Value), Throws.Nothing);
            Assert.That(File.ReadAllText(path), Does.Not.Contain("\"note\""));
        });
    }
}
