using KnowledgeGraph.Extraction;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Review;
using KnowledgeGraph.Tests.Extraction;

namespace KnowledgeGraph.Tests.Review;

/// <summary>
/// DraftReview on a copy of TestData/Extraction/Graph with a draft the extractor wrote for a short article of our own:
/// entities "short-note-on-talks" (the title, an Event), "caspian-monitoring-council" and "eurasian-union-council";
/// relations Pashinyan met Putin, each council criticized a state, Pashinyan (written "Pashinian") visited Russia. (The
/// talks are by phone: talks in Moscow would also say that Pashinyan visited Russia, in the first sentence.)
/// </summary>
public sealed class DraftReviewTests
{
    public const string Article = """
        A Short Note on Talks

        Nikol Pashinyan held talks with Vladimir Putin by phone on March 14, 2025. The Caspian Monitoring Council criticized Armenia.

        The Eurasian Union Council criticized Azerbaijan. Pashinian visited Moscow in April 2025.

        """;

    private const string MetWith = "relation:short-note-nikol-pashinyan-met-with-vladimir-putin";
    private const string CaspianCriticized = "relation:short-note-caspian-monitoring-council-criticized-armenia";
    private const string EurasianCriticized = "relation:short-note-eurasian-union-council-criticized-azerbaijan";
    private const string Visited = "relation:short-note-nikol-pashinyan-visited-russia";

    private string root = null!;

    private string Data => Path.Combine(root, "data");

    [SetUp]
    public void WriteDraft()
    {
        root = TestDataCopy.ToTempFolder(ExtractionTestGraph.Folder, "kg-review-", "data");
        WriteDraft(Data, "short-note", Article);
    }

    [TearDown]
    public void Delete() => Directory.Delete(root, recursive: true);

    /// <summary>Writes the unreviewed draft of an article, as kg extract --out does.</summary>
    public static void WriteDraft(string data, string id, string article)
    {
        var graph = Graph.Load(data);
        ExtractionDraft.Create(graph, new ArticleExtractor(graph).Extract(article, id), id, id + ".txt").WriteTo(data);
    }

    private static ReviewDecision Decision(string key, ReviewAction action) => new() { Candidate = key, Action = action };

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Data, f), File.ReadAllBytes);

    [Test]
    public void Open_Draft_ListsEntitiesThenRelationsWithTheirWrittenEnds()
    {
        var review = DraftReview.Open(Data, "short-note");
        Assert.Multiple(() =>
        {
            Assert.That(review.Candidates.Select(c => c.Key), Is.EqualTo(new[]
            {
                "entity:short-note-on-talks", "entity:caspian-monitoring-council", "entity:eurasian-union-council", MetWith, CaspianCriticized, EurasianCriticized, Visited,
            }));
            Assert.That(review.FindCandidate(Visited)!.Relation!.Qualifiers["sourceForm"], Is.EqualTo("Pashinian"));
            Assert.That(review.FindCandidate(MetWith)!.Evidence.Single().Note, Does.Contain("in sentence 1 (characters"));
            Assert.That(review.Graph.FindDocument("short-note"), Is.Null, "the draft is not part of the folder's graph");
            Assert.That(review.DraftGraph.FindEntity("caspian-monitoring-council")!.Kind, Is.EqualTo("Organization"));
        });
    }

    [Test]
    public void Open_UnknownDraftId_ListsTheDraftsWithDidYouMean()
    {
        var error = Assert.Throws<GraphDataException>(() => DraftReview.Open(Data, "short-not"))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Problems.Single().File, Is.EqualTo("relations/short-not.json"));
            Assert.That(error.Message, Does.Contain("There is no draft \"short-not\" in this folder; its drafts are: short-note; did you mean \"short-note\"?"));
        });
    }

    [Test]
    public void Open_ReviewedFile_IsNotADraft() =>
        Assert.That(Assert.Throws<GraphDataException>(() => DraftReview.Open(Data, "earlier"))!.Message,
            Does.Contain("relations/earlier.json").And.Contain("is not an unreviewed draft"));

    [Test]
    public void Check_UnknownTypeCertaintyCandidateOrEntity_NamesTheValueWithDidYouMean()
    {
        var review = DraftReview.Open(Data, "short-note");
        Assert.Multiple(() =>
        {
            Assert.That(review.Check(new ReviewDecision { Candidate = MetWith, Action = ReviewAction.Accept, Type = "met-wth" }),
                Is.EqualTo("The type \"met-wth\" is not a relation type of the vocabulary; did you mean \"met-with\"?"));
            Assert.That(review.Check(new ReviewDecision { Candidate = MetWith, Action = ReviewAction.Accept, Certainty = "stated!" }),
                Does.StartWith("The certainty \"stated!\" is not one of: stated, reported, hedged, hypothetical, denied; did you mean \"stated\"?"));
            Assert.That(review.Check(Decision("relation:short-note-nikol-pashinyan-met-with-vladimir-puttin", ReviewAction.Accept)),
                Does.Contain("is not a candidate of the draft \"short-note\"; did you mean \"" + MetWith + "\""));
            Assert.That(review.Check(new ReviewDecision { Candidate = "entity:eurasian-union-council", Action = ReviewAction.Link, Entity = "european-unoin" }),
                Is.EqualTo("\"european-unoin\" is not an entity of the graph; did you mean \"european-union\"?"));
            Assert.That(review.Check(new ReviewDecision { Candidate = "entity:eurasian-union-council", Action = ReviewAction.Link, Entity = "armenia" }),
                Does.Contain("\"armenia\" is a State, but the candidate \"eurasian-union-council\" is a Organization"));
            Assert.That(review.Check(new ReviewDecision { Candidate = CaspianCriticized, Action = ReviewAction.Accept, Type = "head-of-state-of" }),
                Is.EqualTo("The type \"head-of-state-of\" takes a Official as source, but \"caspian-monitoring-council\" is a Organization."));
            Assert.That(review.Check(new ReviewDecision { Candidate = CaspianCriticized, Action = ReviewAction.RejectLink, End = RelationEnd.Source }),
                Does.Contain("is a new entity of this draft, not a link to the graph"));
            Assert.That(review.Check(new ReviewDecision { Candidate = MetWith, Action = ReviewAction.Reject, Type = "criticized" }),
                Does.StartWith("Only an accepted relation takes another type or certainty"));
        });
    }

    [Test]
    public void Write_Decisions_KeepOnlyWhatWasAcceptedWithLinkedIdsAndRememberTheRejections()
    {
        var before = Graph.Load(Data);
        var review = DraftReview.Open(Data, "short-note");
        review.Decide(Decision("entity:short-note-on-talks", ReviewAction.Reject));
        review.Decide(Decision("entity:caspian-monitoring-council", ReviewAction.Accept));
        review.Decide(new ReviewDecision { Candidate = "entity:eurasian-union-council", Action = ReviewAction.Link, Entity = "european-union" });
        review.Decide(new ReviewDecision { Candidate = MetWith, Action = ReviewAction.Accept, Type = "held-phone-call-with" });
        review.Decide(new ReviewDecision { Candidate = CaspianCriticized, Action = ReviewAction.Reject, Reason = "the council praised Armenia" });
        review.Decide(new ReviewDecision { Candidate = EurasianCriticized, Action = ReviewAction.Accept, Certainty = "reported" });
        review.Decide(new ReviewDecision { Candidate = Visited, Action = ReviewAction.RejectLink, End = RelationEnd.Source, Reason = "another Pashinian" });
        var result = review.Write("test reviewer");

        var after = Graph.Load(Data);
        var call = after.FindRelation("earlier-pashinyan-call-putin")!;
        Assert.Multiple(() =>
        {
            Assert.That(after.Notices, Is.Empty, "nothing of the draft is left unreviewed");
            Assert.That(after.FindDocument("short-note"), Is.Not.Null);
            Assert.That(after.Entities.Select(e => e.Id).Except(before.Entities.Select(e => e.Id)), Is.EqualTo(new[] { "caspian-monitoring-council" }));
            Assert.That(after.FindEntity("caspian-monitoring-council")!.Isolated, Is.EqualTo("Kept by the review without a relation of its own."));
            Assert.That(after.Relations.Select(r => r.Id).Except(before.Relations.Select(r => r.Id)), Is.EqualTo(new[] { "short-note-european-union-criticized-azerbaijan" }),
                "the linked end gives the relation its id; the rejected and unlinked ones are absent");
            Assert.That(after.FindRelation("short-note-european-union-criticized-azerbaijan")!.Certainty, Is.EqualTo(Certainty.Reported));
            Assert.That(call.Evidence.Select(e => e.Document), Is.EqualTo(new[] { "earlier", "short-note" }), "the edited call repeats the graph's call: evidence for it");
            Assert.That(after.RejectedRelations, Is.EqualTo(new[]
            {
                new RejectedRelation
                {
                    Source = "caspian-monitoring-council", Type = "criticized", Target = "armenia", Certainty = Certainty.Stated,
                    Document = "short-note", DecidedBy = "test reviewer", Note = "the council praised Armenia",
                },
            }));
            Assert.That(after.RejectedLinks, Is.EqualTo(new[]
            {
                new RejectedLink { Name = "Pashinian", Entity = "nikol-pashinyan", Document = "short-note", DecidedBy = "test reviewer", Note = "another Pashinian" },
            }));
            Assert.That(result.Written.Select(p => Path.GetRelativePath(Data, p)), Is.EqualTo(new[]
            {
                Path.Combine("documents", "short-note.json"), Path.Combine("entities", "short-note.json"), Path.Combine("relations", "short-note.json"), "resolution.json",
            }));
            Assert.That(result.Dropped, Has.Some.Contains("repeats the graph's relation \"earlier-pashinyan-call-putin\""));
            Assert.That(File.ReadAllText(Path.Combine(Data, "relations", "short-note.json")), Does.Contain("\"status\": \"reviewed\""));
            Assert.That(Directory.GetFiles(Data, "*.tmp-*", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public void Write_RejectedEntity_DropsItsRelationsAndSaysSo()
    {
        var review = DraftReview.Open(Data, "short-note");
        review.Decide(Decision("entity:caspian-monitoring-council", ReviewAction.Reject));
        review.Decide(Decision(CaspianCriticized, ReviewAction.Accept));
        Assert.That(review.BlockedBecause(review.FindCandidate(CaspianCriticized)!), Is.EqualTo("its source \"caspian-monitoring-council\" is rejected"));
        var result = review.Write("t");
        Assert.Multiple(() =>
        {
            Assert.That(result.Dropped, Has.Some.EqualTo($"\"{CaspianCriticized}\" is left out: its source \"caspian-monitoring-council\" is rejected."));
            Assert.That(result.RejectedRelations, Is.Empty, "a relation that goes with its entity is not a judgement");
            Assert.That(result.LeftOut, Does.Contain(MetWith).And.Contain("entity:eurasian-union-council"));
            Assert.That(result.Removed.Select(Path.GetFileName), Is.EqualTo(new[] { "short-note.json" }), "no entity was kept: the entities draft goes");
            Assert.That(Graph.Load(Data).FindRelation(CaspianCriticized["relation:".Length..]), Is.Null);
        });
    }

    [Test]
    public void BlockedBecause_RejectedLink_BlocksEveryRelationRestingOnIt()
    {
        WriteDraft(Data, "second-note", "Second Note\n\nPashinian visited Moscow in May 2025. Pashinian criticized Azerbaijan.\n");
        var review = DraftReview.Open(Data, "second-note");
        var visited = review.Candidates.Single(c => c.Relation?.Type == "visited");
        var criticized = review.Candidates.Single(c => c.Relation?.Type == "criticized");
        review.Decide(new ReviewDecision { Candidate = visited.Key, Action = ReviewAction.RejectLink, End = RelationEnd.Source });
        Assert.That(review.BlockedBecause(criticized), Is.EqualTo($"its source \"Pashinian\" is not \"nikol-pashinyan\" (decided on \"{visited.Key}\")"));
    }

    [Test]
    public void Write_FolderThatNoLongerLoads_IsRefusedAndWritesNothing()
    {
        var review = DraftReview.Open(Data, "short-note");
        review.Decide(Decision("entity:caspian-monitoring-council", ReviewAction.Accept));
        review.Decide(Decision(CaspianCriticized, ReviewAction.Reject));
        File.WriteAllText(Path.Combine(Data, "entities", "zz.json"), "{ \"entities\": [ { \"id\": \"Bad Id\" } ] }");
        var before = Snapshot();
        var error = Assert.Throws<GraphDataException>(() => review.Write("t"))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Problems.Select(p => p.File), Has.Some.EqualTo("entities/zz.json"));
            Assert.That(Snapshot(), Is.EqualTo(before));
        });
    }

    [Test]
    public void Write_DraftChangedSinceOpen_IsRefused()
    {
        var review = DraftReview.Open(Data, "short-note");
        File.AppendAllText(Path.Combine(Data, "relations", "short-note.json"), " ");
        Assert.That(Assert.Throws<GraphDataException>(() => review.Write("t"))!.Message, Does.Contain("changed since the review began"));
    }
}
