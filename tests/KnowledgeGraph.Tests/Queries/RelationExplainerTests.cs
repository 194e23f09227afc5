using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Queries;

public sealed class RelationExplainerTests
{
    private static readonly Graph Graph = SampleGraph.Instance;

    [TestCase("pashinyan-call-putin", true, "Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; paragraph 8, note 2)")]
    [TestCase("pashinyan-call-putin-2", true, "Nikol Pashinyan reportedly held a phone call with Vladimir Putin (25 March 2025; paragraph 9)")]
    [TestCase("pashinyan-pm", false, "Armenia has as head of government Nikol Pashinyan (paragraph 2)")]
    [TestCase("russia-israel", true, "Russia visited Israel (hypothetical; April 2025; paragraph 12)")]
    [TestCase("turkiye-armenia", false, "Armenia was visited by Türkiye (denied; 20 March 2025; paragraph 15)")]
    [TestCase("galuzin-armenia", true, "Mikhail Galuzin criticized Armenia (hedged; paragraph 16)")]
    [TestCase("armenia-csto", true, "Armenia is a member of Collective Security Treaty Organization (since 2002; paragraph 4)")]
    public void Explain_Relation_WritesClauseWithDateCertaintyAndEvidence(string id, bool along, string expected)
    {
        Assert.That(Graph.Explain(Graph.FindRelation(id)!, along), Is.EqualTo(expected));
    }

    [Test]
    public void Explain_EvidenceInFootnoteText_IsLeftOutWhenTheBodyCitesIt()
    {
        var graph = new TestGraphBuilder()
            .Type("met", "met")
            .Entity("a", name: "A")
            .Entity("b", name: "B")
            .Footnote(2, 19)
            .Relation("r", "met", "a", "b", paragraph: 8, footnote: 2)
            .Evidence("r", 19, 2)
            .Evidence("r", 10, null)
            .Build();

        Assert.That(graph.Explain(graph.FindRelation("r")!), Is.EqualTo("A met B (paragraph 8, note 2; paragraph 10)"));
    }

    [Test]
    public void Explain_SeveralDocuments_NamesTheDocument()
    {
        var graph = new TestGraphBuilder()
            .Type("met", "met")
            .Entity("a", name: "A")
            .Entity("b", name: "B")
            .Relation("r", "met", "a", "b", Certainty.Stated, RelationTime.At(new PartialDate(2025)), paragraph: 3, footnote: 1)
            .SecondDocument("other")
            .Build();

        Assert.That(graph.Explain(graph.FindRelation("r")!), Is.EqualTo("A met B (2025; doc, paragraph 3, note 1)"));
    }
}
