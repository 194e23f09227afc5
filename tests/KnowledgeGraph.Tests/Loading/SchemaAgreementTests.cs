using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>
/// The JSON Schemas of graph-data/schema/ and the loader agree, tested both ways: every broken fixture of
/// TestData/Broken is rejected by the loader and by the schemas (its file does not satisfy its schema, or is not JSON
/// at all), except the defects listed here as loader-only because no JSON Schema can see them; and the valid data
/// sets satisfy both.
/// </summary>
public sealed class SchemaAgreementTests
{
    /// <summary>The defects only the loader can find, each with the reason a schema cannot express it.</summary>
    private static readonly Dictionary<string, string> LoaderOnly = new(StringComparer.Ordinal)
    {
        ["unknown-entity"] = "a relation's end must be an entity of another file; a schema sees one file",
        ["unknown-relation-type"] = "the relation types are data (vocabulary/relation-types.json), not a list in the schema",
        ["kind-not-allowed"] = "the kinds a relation type allows are in the vocabulary, and the end's kind in another file",
        ["duplicate-entity-id"] = "JSON Schema's uniqueItems compares whole items, not one property of them",
        ["duplicate-relation-id"] = "JSON Schema's uniqueItems compares whole items, not one property of them",
        ["impossible-date"] = "2025-02-30 has the form of a date; days per month and leap years are a calendar check",
        ["end-before-start"] = "a schema compares no two values (the end with the start)",
        ["paragraph-outside-document"] = "the paragraph count is in the document's file",
        ["footnote-not-defined"] = "the footnotes are in the document's file",
        ["contradiction-in-one-document"] = "two evidence items disagree only in their values (a date, a certainty); a schema compares no two items",
        ["merge-different-kinds"] = "the kinds of the merged entities are in the entity files",
        ["merge-unknown-id"] = "the merged ids must be entities of other files",
        ["merge-twice"] = "an id in two merges is a comparison across items of the list",
        ["derived-from-unknown"] = "derivedFrom names a document or an Outlet entity of other files",
        ["outlet-entity-not-outlet"] = "the outlet's kind is in the entity files",
        ["judgement-unknown-type"] = "the relation types are data (vocabulary/relation-types.json), not a list in the schema",
        ["judgement-unknown-entity"] = "a judgement's ids must be entities of other files",
        ["claim-unknown-relation"] = "a claim's relation is defined in a relations file",
        ["claim-relation-not-in-document"] = "whether a relation has evidence from the claiming document is in the relations files",
    };

    /// <summary>The fixtures of TestData/Broken that are no defect: the loader loads them and the schemas accept them.</summary>
    private static readonly string[] NotDefects = ["unreviewed-draft"];

    private static string BrokenFolder => Path.Combine(RepositoryPaths.TestData, "Broken");

    private static IEnumerable<string> Defects() =>
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "TestData", "Broken"))
            .Select(Path.GetFileName).OfType<string>().Where(d => !NotDefects.Contains(d)).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Defects))]
    public void BrokenFixture_IsRejectedByTheLoaderAndTheSchemasUnlessLoaderOnly(string defect)
    {
        var files = Overlay(defect);
        Assert.Throws<GraphDataException>(() => GraphLoader.Load(files), "the loader rejects it");

        var broken = BrokenFiles(defect);
        Assert.That(broken, Is.Not.Empty, $"the fixture {defect} holds no file");
        var verdicts = broken.Select(f => (File: f.Path, Errors: DataSchemas.Errors(f.Path, f.Content))).ToList();
        if (LoaderOnly.TryGetValue(defect, out var reason))
        {
            Assert.That(verdicts.Where(v => v.Errors.Count > 0).Select(v => $"{v.File}: {string.Join("; ", v.Errors)}"), Is.Empty,
                $"{defect} is listed as loader-only ({reason}), but a schema rejects it: move it out of the list");
        }
        else
        {
            Assert.That(verdicts.Where(v => v.Errors.Count > 0).Select(v => v.File), Is.Not.Empty,
                $"the schemas accept the broken fixture {defect}; tighten the schema, or list the defect as loader-only with the reason");
        }
    }

    [TestCaseSource(nameof(NotDefects))]
    public void FixtureThatIsNoDefect_LoadsAndSatisfiesTheSchemas(string fixture)
    {
        Assert.DoesNotThrow(() => GraphLoader.Load(Overlay(fixture)));
        foreach (var (path, content) in BrokenFiles(fixture))
        {
            Assert.That(DataSchemas.Errors(path, content), Is.Empty, $"{fixture}: {path}");
        }
    }

    [TestCase("Valid")]
    [TestCase("Sources")]
    [TestCase("graph-data")]
    public void ValidData_LoadsAndEveryFileSatisfiesItsSchema(string dataSet)
    {
        var folder = dataSet == "graph-data" ? RepositoryPaths.GraphData : Path.Combine(RepositoryPaths.TestData, dataSet);
        var files = GraphDataSource.FromDirectory(folder).Where(f => !f.Path.StartsWith("schema/", StringComparison.Ordinal)).ToList();
        Assert.That(files, Is.Not.Empty);
        Assert.DoesNotThrow(() => GraphLoader.Load(files));
        Assert.Multiple(() =>
        {
            foreach (var file in files)
            {
                Assert.That(DataSchemas.Errors(file.Path, file.Content), Is.Empty, $"{dataSet}: {file.Path}");
            }
        });
    }

    [Test]
    public void LoaderOnlyList_NamesOnlyFixturesThatExist()
    {
        Assert.That(LoaderOnly.Keys, Is.SubsetOf(Defects()), "a loader-only defect without its fixture");
    }

    private static List<GraphDataFile> BrokenFiles(string defect) => GraphDataSource.FromDirectory(Path.Combine(BrokenFolder, defect)).ToList();

    /// <summary>The valid data set with the fixture's files in place of (or beside) its own, as GraphLoaderTests prepares it.</summary>
    private static List<GraphDataFile> Overlay(string defect)
    {
        var files = GraphDataSource.FromDirectory(Path.Combine(RepositoryPaths.TestData, "Valid")).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in BrokenFiles(defect))
        {
            files[file.Path] = file;
        }

        return [.. files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
