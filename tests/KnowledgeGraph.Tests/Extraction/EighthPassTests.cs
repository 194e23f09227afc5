using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The eighth pass: patterns whose proposals independent readers rarely confirmed (measured per rule with
/// <c>kg evaluate</c>'s "Proposals by rule") were narrowed, on sentences written for the tests.
/// </summary>
public sealed class EighthPassTests
{
    [Test]
    public void Extract_NameOpeningAReportedClause_IsNoTopicOfTheStatement() =>
        Assert.That(Lines(ExtractWithGraphData("Foreign Minister Ararat Mirzoyan noted that the European Union had become a key partner of Yerevan.")),
            Has.None.Contains("made-statement-about"));

    [Test]
    public void Extract_NameInsideTheReportedClausesSubject_IsTheTopic() =>
        Assert.That(Lines(ExtractWithGraphData("Deputy Foreign Minister Mher Badalyan noted that the withdrawal of the EU Monitoring Mission in Armenia was not on the agenda.")),
            Does.Contain("mher-badalyan made-statement-about eu-monitoring-mission-in-armenia (stated)"));
}
