using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>
/// Each case copies the tiny valid data set of TestData/Valid, overlays the one broken file of
/// TestData/Broken/&lt;defect&gt;/ and asserts the problem's file, line, JSON path and message.
/// </summary>
public sealed class GraphLoaderTests
{
    private string workDir = null!;

    [SetUp]
    public void CreateWorkDir() => workDir = Directory.CreateTempSubdirectory("kg-loader-").FullName;

    [TearDown]
    public void DeleteWorkDir() => Directory.Delete(workDir, recursive: true);

    [Test]
    public void Load_ValidData_BuildsTheGraph()
    {
        var graph = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Valid"));
        Assert.Multiple(() =>
        {
            Assert.That(graph.Entities, Has.Length.EqualTo(4));
            Assert.That(graph.Relations, Has.Length.EqualTo(2));
            var call = graph.FindRelation("pashinyan-call-putin")!;
            Assert.That(call.Time.Point, Is.EqualTo(new PartialDate(2025, 3, 14)));
            Assert.That(call.Evidence[0].Document, Is.EqualTo("doc"), "evidence inherits the file's document");
            Assert.That(call.Evidence[0].Citation?.Outlet, Is.EqualTo("Test Outlet"), "the footnote's citation is resolved");
            Assert.That(graph.FindEntity("armenia")!.Identifiers["iso3166Alpha2"], Is.EqualTo("AM"));
            Assert.That(graph.Version, Has.Length.EqualTo(16));
        });
    }

    [Test]
    public void Load_SameFilesTwice_GivesTheSameVersion()
    {
        var a = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Valid"));
        var b = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Valid"));
        Assert.That(a.Version, Is.EqualTo(b.Version));
    }

    [TestCase("malformed-json", "relations/doc.json", 10, null, "Malformed JSON")]
    [TestCase("unknown-entity", "relations/doc.json", 22, "$.relations[1].target", "\"vladimir-putn\", which is not an entity of the data set; did you mean \"vladimir-putin\"?")]
    [TestCase("duplicate-entity-id", "entities/entities.json", 40, "$.entities[4].id", "The entity id \"armenia\" is used twice")]
    [TestCase("unknown-relation-type", "relations/doc.json", 20, "$.relations[1].type", "\"held-phone-cal-with\", which is not a relation type of the vocabulary; did you mean \"held-phone-call-with\"?")]
    [TestCase("kind-not-allowed", "relations/doc.json", 8, "$.relations[0].source", "\"russia\", a State, but the relation type \"head-of-government-of\" allows only Official as source")]
    [TestCase("impossible-date", "relations/doc.json", 24, "$.relations[1].time.point", "'2025-02-30' is not a real day: 2025-02 has 28 days.")]
    [TestCase("invalid-date", "relations/doc.json", 24, "$.relations[1].time.point", "'14.03.2025' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.")]
    [TestCase("paragraph-outside-document", "relations/doc.json", 29, "$.relations[1].evidence[0].paragraph", "\"paragraph\" is 9, but the document \"doc\" has only 5 paragraphs.")]
    [TestCase("footnote-not-defined", "relations/doc.json", 30, "$.relations[1].evidence[0].footnote", "\"footnote\" is 4, but the document \"doc\" defines footnotes 1.")]
    [TestCase("empty-name", "entities/entities.json", 17, "$.entities[1].name", "\"name\" must not be empty.")]
    [TestCase("unknown-property", "relations/doc.json", 34, "$.relations[1].certainity", "Unknown property \"certainity\" in a relation")]
    [TestCase("unknown-certainty", "relations/doc.json", 26, "$.relations[1].certainty", "\"certainty\" is \"probable\", which is not one of: stated, reported, hedged, hypothetical, denied.")]
    [TestCase("missing-evidence", "relations/doc.json", 27, "$.relations[1].evidence", "A relation needs at least one piece of evidence.")]
    [TestCase("end-before-start", "relations/doc.json", 25, "$.relations[1].time.end", "The end 2024 is before the start 2025-03.")]
    [TestCase("duplicate-relation-id", "relations/doc.json", 19, "$.relations[1].id", "The relation id \"pashinyan-pm-armenia\" is used twice")]
    [TestCase("unknown-entity-kind", "entities/entities.json", 5, "$.entities[0].kind", "\"kind\" is \"Country\", which is not an entity kind of the vocabulary (State, Official, Organization).")]
    [TestCase("invalid-utf8", "entities/entities.json", null, null, "Malformed")]
    [TestCase("contradiction-in-one-document", "relations/doc.json", 13, "$.relations[0].evidence[1]", "The document \"doc\" contradicts itself on the relation \"pashinyan-call-putin\": the evidence at relations/doc.json $.relations[0].evidence[0] (line 12) says stated, 14 March 2025, the evidence at relations/doc.json $.relations[0].evidence[1] (line 13) says stated, 13 March 2025.")]
    [TestCase("merge-different-kinds", "resolution.json", 1, "$.merges[0].referents[0]", "The merge joins entities of different kinds: \"nikol-pashinyan\" is a Official, but the canonical \"armenia\" is a State.")]
    [TestCase("merge-unknown-id", "resolution.json", 1, "$.merges[0].referents[0]", "\"referents\"[0] is \"nikol-pashinian\", which is not an entity of the data set; did you mean \"nikol-pashinyan\"?")]
    [TestCase("merge-twice", "resolution.json", 1, "$.merges[1].referents[0]", "The entity \"v-putin\" is merged twice: it is already in the merge into \"vladimir-putin\"")]
    [TestCase("merge-without-referents", "resolution.json", 1, "$.merges[0].referents", "A merge needs at least one id in \"referents\".")]
    [TestCase("judgement-unknown-type", "resolution.json", 4, "$.judgements.relations[0].type", "\"type\" is \"held-phone-cal-with\", which is not a relation type of the vocabulary; did you mean \"held-phone-call-with\"?")]
    [TestCase("judgement-unknown-certainty", "resolution.json", 4, "$.judgements.relations[0].certainty", "\"certainty\" is \"probable\", which is not one of: stated, reported, hedged, hypothetical, denied.")]
    [TestCase("judgement-unknown-entity", "resolution.json", 4, "$.judgements.links[0].entity", "\"entity\" is \"nikol-pashinian\", which is not an entity of the data set; did you mean \"nikol-pashinyan\"?")]
    [TestCase("derived-from-unknown", "documents/doc.json", 6, "$.document.derivedFrom[0]", "\"derivedFrom\" names \"no-such-source\", which is neither a document of the data set (doc) nor an Outlet entity")]
    [TestCase("outlet-entity-not-outlet", "documents/doc.json", 6, "$.document.outletEntity", "The outlet \"armenia\" is a State, not an Outlet.")]
    [TestCase("background-evidence-with-position", "relations/doc.json", 12, "$.relations[0].evidence[1].certainty", "Only document evidence takes a position of its own")]
    [TestCase("claim-unknown-relation", "documents/doc.json", 10, "$.document.claims[0].relations[0]", "The claim names the relation \"pashinyan-call-putn\", which is not a relation of the data set; did you mean \"pashinyan-call-putin\"?")]
    [TestCase("claim-relation-not-in-document", "documents/other.json", 7, "$.document.claims[0].relations[0]", "The claim names the relation \"pashinyan-call-putin\", which has no evidence from the document \"other\": a claim checks what its document says.")]
    public void Load_BrokenFile_ReportsTheProblemWithItsLocation(string defect, string file, int? line, string? jsonPath, string message)
    {
        var ex = Assert.Throws<GraphDataException>(() => Graph.Load(Prepare(defect)));
        var problem = ex!.Problems.FirstOrDefault(p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.That(problem, Is.Not.Null, $"no problem says '{message}'; got:\n{ex.Message}");
        Assert.Multiple(() =>
        {
            Assert.That(problem!.File, Is.EqualTo(file));
            if (line is not null)
            {
                Assert.That(problem.Line, Is.EqualTo(line));
            }

            Assert.That(problem.Line, Is.Not.Null.And.GreaterThan(0));
            Assert.That(problem.JsonPath, Is.EqualTo(jsonPath));
            Assert.That(ex.Message, Does.Contain(problem.ToString()));
        });
    }

    [Test]
    public void Load_SeveralProblems_ReportsAllOfThemTogether()
    {
        var ex = Assert.Throws<GraphDataException>(() => Graph.Load(Prepare("several-problems")));
        var paths = ex!.Problems.Select(p => p.JsonPath).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "$.relations[0].evidence[0].paragraph",
            "$.relations[1].target",
            "$.relations[1].certainty",
        }));
        Assert.That(ex.Message, Does.StartWith($"The graph data has {ex.Problems.Length} problems:"));
    }

    [Test]
    public void Load_UnreviewedDraft_IsSkippedAndNamedInNotices()
    {
        var graph = Graph.Load(Prepare("unreviewed-draft"));
        Assert.Multiple(() =>
        {
            Assert.That(graph.Relations, Has.Length.EqualTo(2), "the draft's relations are not loaded");
            Assert.That(graph.Notices, Has.Length.EqualTo(1));
            Assert.That(graph.Notices[0], Does.Contain("relations/draft.json is an unreviewed draft"));
        });
    }

    [Test]
    public void Load_MissingFolder_NamesTheFolder()
    {
        var missing = Path.Combine(workDir, "nope");
        var ex = Assert.Throws<GraphDataException>(() => Graph.Load(missing));
        Assert.That(ex!.Message, Does.Contain(missing).And.Contain("does not exist"));
    }

    [Test]
    public void Load_StrayFile_IsReported()
    {
        CopyDirectory(Path.Combine(RepositoryPaths.TestData, "Valid"), workDir);
        Directory.CreateDirectory(Path.Combine(workDir, "relation"));
        File.WriteAllText(Path.Combine(workDir, "relation", "typo.json"), "{}");
        var ex = Assert.Throws<GraphDataException>(() => Graph.Load(workDir));
        Assert.That(ex!.Problems.Single().File, Is.EqualTo("relation/typo.json"));
    }

    [Test]
    public void LoadArchive_ZipOfTheFolder_LoadsTheSameGraph()
    {
        var zipPath = Path.Combine(workDir, "data.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(Path.Combine(RepositoryPaths.TestData, "Valid"), zipPath, System.IO.Compression.CompressionLevel.Fastest, includeBaseDirectory: true);
        using var stream = File.OpenRead(zipPath);
        var graph = Graph.LoadArchive(stream);
        Assert.That(graph.Relations.Select(r => r.Id), Is.EquivalentTo(new[] { "pashinyan-pm-armenia", "pashinyan-call-putin" }));
    }

    [Test]
    public void LoadArchive_ZipOfAFolderWithResolution_KeepsMergesRejectionsAndJudgements()
    {
        var zipPath = Path.Combine(workDir, "sources.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(Path.Combine(RepositoryPaths.TestData, "Sources"), zipPath, System.IO.Compression.CompressionLevel.Fastest, includeBaseDirectory: true);
        using var stream = File.OpenRead(zipPath);
        var graph = Graph.LoadArchive(stream);
        var folder = Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources"));
        Assert.Multiple(() =>
        {
            Assert.That(graph.FindEntity("nikol-pashinian")?.Id, Is.EqualTo("nikol-pashinyan"));
            Assert.That(graph.Merges, Is.EqualTo(folder.Merges).Using<EntityMerge>(SameMerge));
            Assert.That(graph.RejectedMerges.Select(m => string.Join(",", m.Ids)), Is.EqualTo(new[] { "oc-media,mirror-spectator" }));
            Assert.That(graph.RejectedRelations, Is.EqualTo(folder.RejectedRelations));
            Assert.That(graph.RejectedLinks, Is.EqualTo(folder.RejectedLinks));
        });
    }

    private static bool SameMerge(EntityMerge a, EntityMerge b) =>
        a.Canonical == b.Canonical && a.Referents.SequenceEqual(b.Referents) && a.DecidedBy == b.DecidedBy && a.Note == b.Note;

    private string Prepare(string defect)
    {
        CopyDirectory(Path.Combine(RepositoryPaths.TestData, "Valid"), workDir);
        CopyDirectory(Path.Combine(RepositoryPaths.TestData, "Broken", defect), workDir);
        return workDir;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
