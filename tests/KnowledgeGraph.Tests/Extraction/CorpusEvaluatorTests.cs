using System.Collections.Immutable;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The corpus scorer on small hand-made facts and proposals: matches, misses, symmetry, certainty classes, traps, duplicates.</summary>
public sealed class CorpusEvaluatorTests
{
    private static readonly Lazy<Graph> RealGraph = new(() => Graph.Load(RepositoryPaths.GraphData));

    private const string Facts = """
        {
          "article": "01-note.txt",
          "genre": "test",
          "entities": [
            { "name": "Armenia", "kind": "State", "aliases": ["Yerevan"], "graphId": "armenia" },
            { "name": "Azerbaijan", "kind": "State", "graphId": "azerbaijan" },
            { "name": "Ilham Aliyev", "kind": "Official", "aliases": ["Aliyev"], "role": "President of Azerbaijan", "state": "Azerbaijan" },
            { "name": "peace treaty", "kind": "Agreement", "graphId": "armenia-azerbaijan-peace-treaty" },
            { "name": "Joint Declaration", "kind": "Agreement" }
          ],
          "relations": [
            { "source": "Aliyev", "type": "head-of-state-of", "target": "Azerbaijan", "certainty": "stated", "paragraph": 2 },
            { "source": "Armenia", "type": "held-talks-with", "target": "Azerbaijan", "certainty": "reported", "paragraph": 2 },
            { "source": "Armenia", "type": "signed", "target": "peace treaty", "certainty": "hypothetical", "paragraph": 3, "modality": "readiness" },
            { "source": "Azerbaijan", "type": "criticized", "target": "Armenia", "certainty": "stated", "paragraph": 3 },
            { "source": "Armenia", "type": "signed", "target": "Joint Declaration", "certainty": "stated", "paragraph": 3, "optional": true }
          ],
          "mustNotPropose": [
            { "source": "Armenia", "type": "signed", "target": "peace treaty", "why": "only ready to sign" }
          ]
        }
        """;

    private static CorpusFacts Gold => CorpusFacts.Parse(Facts, "01-note.facts.json", RealGraph.Value);

    private static EntityCandidate Entity(string id, string name, string kind, bool isNew) =>
        new(id, name, kind, isNew, null, [new CandidateMention(2, 1, 0, name.Length, name)]);

    private static RelationCandidate Relation(string source, string type, string target, Certainty certainty, double confidence = 0.8) =>
        new(source, target, type, certainty, null, new CandidateEvidence("01-note", 2, 1, 0, 10, null, "…"), confidence, "test-rule");

    private static ExtractionResult Result(ImmutableArray<EntityCandidate> entities, params RelationCandidate[] relations) =>
        new("01-note", "Note", 3, [], entities, [.. relations], [], []);

    private static readonly ImmutableArray<EntityCandidate> Linked =
    [
        Entity("armenia", "Armenia", "State", isNew: false),
        Entity("azerbaijan", "Azerbaijan", "State", isNew: false),
        Entity("ilham-aliyev", "Ilham Aliyev", "Official", isNew: true),
        Entity("armenia-azerbaijan-peace-treaty", "Armenia–Azerbaijan comprehensive peace treaty", "Agreement", isNew: false),
    ];

    [Test]
    public void Score_MatchingProposals_AreFoundAndCorrect()
    {
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(Linked,
            Relation("ilham-aliyev", "head-of-state-of", "azerbaijan", Certainty.Stated),
            Relation("armenia", "held-talks-with", "azerbaijan", Certainty.Stated)));
        Assert.Multiple(() =>
        {
            Assert.That(e.Relations, Is.EqualTo(new Score(4, 2, 2, 2)), "stated and reported are both facts");
            Assert.That(e.Missed.Select(m => m.Type), Is.EquivalentTo(new[] { "signed", "criticized" }));
            Assert.That(e.Wrong, Is.Empty);
            Assert.That(e.Linking, Is.EqualTo(new Score(3, 3, 3, 3)));
            Assert.That(e.Duplicates, Is.Empty);
        });
    }

    [Test]
    public void Score_ByRule_CountsEachRulesProposalsAndCorrectOnes()
    {
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(Linked,
            Relation("ilham-aliyev", "head-of-state-of", "azerbaijan", Certainty.Stated) with { Rule = "title-role" },
            Relation("armenia", "held-talks-with", "azerbaijan", Certainty.Stated) with { Rule = "between-pair" },
            Relation("armenia", "criticized", "azerbaijan", Certainty.Stated) with { Rule = "between-pair" }));
        Assert.That(e.ByRule, Is.EqualTo(new[] { new RuleScore("between-pair", 2, 1), new RuleScore("title-role", 1, 1) }));
    }

    [Test]
    public void Evaluate_ByRule_AddsUpToTheRelationScoreAndIsPrinted()
    {
        var corpus = CorpusEvaluator.Evaluate(RealGraph.Value, Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus"));
        Assert.Multiple(() =>
        {
            Assert.That(corpus.ByRule.Sum(r => r.Proposed), Is.EqualTo(corpus.Relations.Proposed));
            Assert.That(corpus.ByRule.Sum(r => r.Correct), Is.EqualTo(corpus.Relations.Correct));
            Assert.That(corpus.ToText(), Does.Contain("Proposals by rule").And.Contain(corpus.ByRule[0].Rule));
        });
    }

    [Test]
    public void Score_SymmetricTypeMatchesEitherDirection_OtherTypesDoNot()
    {
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(Linked,
            Relation("azerbaijan", "held-talks-with", "armenia", Certainty.Stated),
            Relation("armenia", "criticized", "azerbaijan", Certainty.Stated)));
        Assert.Multiple(() =>
        {
            Assert.That(e.Relations.Found, Is.EqualTo(1));
            Assert.That(e.Relations.Correct, Is.EqualTo(1));
            Assert.That(e.Wrong.Single().Cause, Does.StartWith("wrong direction"));
            Assert.That(e.Missed.Single(m => m.Type == "criticized").Cause, Does.StartWith("wrong direction"));
        });
    }

    [TestCase(Certainty.Hedged, "signed", true)]
    [TestCase(Certainty.Hypothetical, "signed", true)]
    [TestCase(Certainty.Stated, "expressed-readiness-to-sign", true)]
    [TestCase(Certainty.Stated, "signed", false)]
    [TestCase(Certainty.Denied, "signed", false)]
    public void Score_CertaintyClasses_DecideTheMatch(Certainty certainty, string type, bool found)
    {
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(Linked, Relation("armenia", type, "armenia-azerbaijan-peace-treaty", certainty)));
        Assert.That(e.Relations.Found, Is.EqualTo(found ? 1 : 0), $"{type} {certainty}");
        if (!found)
        {
            Assert.That(e.Missed.Single(m => m.Type == "signed").Cause, Does.StartWith("certainty"));
        }
    }

    [Test]
    public void Score_ReadinessProposedAsSigned_IsAnInventedFact()
    {
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(Linked, Relation("armenia", "signed", "armenia-azerbaijan-peace-treaty", Certainty.Reported)));
        Assert.Multiple(() =>
        {
            Assert.That(e.Invented.Single().Cause, Is.EqualTo("invented: only ready to sign"));
            Assert.That(e.Relations.Correct, Is.Zero);
            Assert.That(e.Wrong.Single().Cause, Does.StartWith("invented"));
        });
    }

    [Test]
    public void Score_OptionalRelation_IsNotWrongAndNotCountedInRecall()
    {
        var entities = Linked.Add(Entity("joint-declaration", "Joint Declaration", "Agreement", isNew: true));
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(entities, Relation("armenia", "signed", "joint-declaration", Certainty.Stated)));
        Assert.That(e.Relations, Is.EqualTo(new Score(4, 1, 0, 1)));
    }

    [Test]
    public void Score_NewEntityForAGraphEntity_IsADuplicate_AndAWrongLinkIsCounted()
    {
        ImmutableArray<EntityCandidate> entities =
        [
            Entity("armenia", "Armenia", "State", isNew: false),
            Entity("peace-treaty", "peace treaty", "Agreement", isNew: true),
            Entity("armenia-us-strategic-partnership-charter", "Joint Declaration", "Agreement", isNew: false),
        ];
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(entities));
        Assert.Multiple(() =>
        {
            Assert.That(e.Duplicates.Single(), Does.Contain("peace-treaty").And.Contain("armenia-azerbaijan-peace-treaty"));
            Assert.That(e.WrongLinks.Single(), Does.Contain("armenia-us-strategic-partnership-charter").And.Contain("Joint Declaration"));
            Assert.That(e.Linking, Is.EqualTo(new Score(3, 2, 1, 1)));
            Assert.That(e.MissedEntities, Is.EquivalentTo(new[] { "Ilham Aliyev (Official)" }));
        });
    }

    [Test]
    public void Score_ProposalBelowTheThreshold_IsIgnored()
    {
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(Linked, Relation("armenia", "criticized", "azerbaijan", Certainty.Stated, confidence: 0.3)), minConfidence: 0.5);
        Assert.That(e.Relations.Proposed, Is.Zero);
    }

    [Test]
    public void Score_EndTheFactsFileDoesNotList_IsWrongWithThatCause()
    {
        var entities = Linked.Add(Entity("nato", "North Atlantic Treaty Organization", "Organization", isNew: false));
        var e = CorpusEvaluator.Score(RealGraph.Value, Gold, Result(entities, Relation("armenia", "criticized", "nato", Certainty.Stated)));
        Assert.That(e.Wrong.Single().Cause, Does.StartWith("end not in the facts file: North Atlantic Treaty Organization"));
    }

    /// <summary>
    /// The real extractor over the real development corpus. The floors sit just below the figures last measured, with
    /// graph-data holding the entities of the later documents (Aliyev, the OSCE, ...) and the mention stage's persons,
    /// bodies, laws and places and the conflict and diplomacy vocabulary (relations 52 % recall, 87 % precision; entities
    /// 94 % recall, 100 % precision; linking 99 %; no invented facts; 1 duplicate), so a regression fails; raise them as
    /// the extractor improves.
    /// </summary>
    [Test]
    public void Evaluate_DevelopmentCorpus_StaysAboveTheFloors()
    {
        var corpus = CorpusEvaluator.Evaluate(RealGraph.Value, Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus"));
        TestContext.Out.WriteLine(corpus.ToText());
        Assert.Multiple(() =>
        {
            Assert.That(corpus.Articles, Has.Length.GreaterThanOrEqualTo(12));
            Assert.That(corpus.Relations.Recall, Is.GreaterThanOrEqualTo(0.50), corpus.Relations.ToString());
            Assert.That(corpus.Relations.Precision, Is.GreaterThanOrEqualTo(0.85), corpus.Relations.ToString());
            Assert.That(corpus.Entities.Recall, Is.GreaterThanOrEqualTo(0.92), corpus.Entities.ToString());
            Assert.That(corpus.Entities.Precision, Is.GreaterThanOrEqualTo(0.97), corpus.Entities.ToString());
            Assert.That(corpus.Linking.Precision, Is.GreaterThanOrEqualTo(0.97), corpus.Linking.ToString());
            Assert.That(corpus.Invented, Is.Zero);
            Assert.That(corpus.Duplicates, Is.LessThanOrEqualTo(1));
            Assert.That(corpus.Articles.SelectMany(a => a.Missed.Concat(a.Wrong)).All(i => i.Cause.Length > 0), Is.True);
        });
    }

    /// <summary>
    /// The same corpus at the default threshold the API and <c>kg</c> apply (measured 56 % recall, 98 % precision). The
    /// proposal scorer was trained on this corpus among others, so this guards against a scorer or threshold that
    /// throws good proposals away; the held-out figures are in docs/EXTRACTION.md.
    /// </summary>
    [Test]
    public void Evaluate_DevelopmentCorpusAtTheDefaultThreshold_KeepsRecallAndGainsPrecision()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus");
        var all = CorpusEvaluator.Evaluate(RealGraph.Value, folder);
        var byDefault = CorpusEvaluator.Evaluate(RealGraph.Value, folder, ArticleExtractor.DefaultMinConfidence);
        Assert.Multiple(() =>
        {
            Assert.That(byDefault.Relations.Recall, Is.GreaterThanOrEqualTo(0.53), byDefault.Relations.ToString());
            // 0.94 since the twenty-first pass: our readings, written before the extractor ran, leave out the visit a reception
            // in a capital implies ("Pezeshkian received Grigoryan in Tehran"), which readers of real articles list 48 times in 52.
            // 0.93 since the twenty-sixth: a relation to a graph entity named only inside another name is now listed and
            // scored, and "the OSCE Minsk Group" is part of the OSCE (a fact the graph has) that our readings leave out.
            Assert.That(byDefault.Relations.Precision, Is.GreaterThanOrEqualTo(0.93), byDefault.Relations.ToString());
            Assert.That(byDefault.Relations.Precision, Is.GreaterThan(all.Relations.Precision), $"{byDefault.Relations} against {all.Relations}");
            Assert.That(all.Relations.Found - byDefault.Relations.Found, Is.LessThanOrEqualTo(2), $"{byDefault.Relations} against {all.Relations}");
        });
    }

    [Test]
    public void Evaluate_ToJson_CarriesTheOverallAndPerArticleScores()
    {
        var corpus = CorpusEvaluator.Evaluate(RealGraph.Value, Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus"), minConfidence: 0.5);
        using var json = System.Text.Json.JsonDocument.Parse(corpus.ToJson());
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("minConfidence").GetDouble(), Is.EqualTo(0.5));
            Assert.That(root.GetProperty("relations").GetProperty("found").GetInt32(), Is.EqualTo(corpus.Relations.Found));
            Assert.That(root.GetProperty("relations").GetProperty("recall").GetDouble(), Is.EqualTo(corpus.Relations.Recall).Within(1e-9));
            Assert.That(root.GetProperty("articles").GetArrayLength(), Is.EqualTo(corpus.Articles.Length));
            Assert.That(root.GetProperty("articles")[0].GetProperty("article").GetString(), Is.EqualTo("01-washington-summit.txt"));
        });
    }
}
