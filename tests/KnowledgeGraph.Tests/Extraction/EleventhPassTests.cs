using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The eleventh pass: classes of wrong certainty found by trying hedged, planned and denied sentences written for the tests.
/// Each case once proposed a done fact (or a plan where the text denies) and must not; each has a control that keeps the
/// done fact where the text states it.
/// </summary>
public sealed class EleventhPassTests
{
    [TestCase("Tbilisi denied reports that it would join BRICS.", "georgia member-of brics (denied)")]
    [TestCase("Georgia rejected claims that it would join BRICS.", "georgia member-of brics (denied)")]
    public void Extract_RejectedReportOfAPlan_IsDenied(string sentence, string expected) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(expected));

    [TestCase("The Armenian prime minister announced his decision to visit Moscow in May.")]
    [TestCase("Pashinyan decided to visit Moscow in May.")]
    public void Extract_DecisionToVisit_IsAPlan(string sentence) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain("nikol-pashinyan visited russia (hypothetical)"));

    [Test]
    public void Extract_DecisionToSuspend_StaysTheAct() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia decided to suspend its participation in the CSTO.")),
            Has.None.Matches<string>(l => l is not null && l.StartsWith("armenia ", StringComparison.Ordinal) && l.EndsWith("(hypothetical)", StringComparison.Ordinal)));

    [TestCase("Georgia lacks diplomatic ties with Russia.")]
    [TestCase("In the absence of official relations with Russia, Georgia talks to Moscow through Switzerland.")]
    public void Extract_AbsenceOfTies_IsNoTie(string sentence) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)),
            Has.None.Matches<string>(l => l is not null && l.Contains(" maintains-relations-with ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));

    [Test]
    public void Extract_LackOfProgressInTalks_KeepsTheTalks() =>
        Assert.That(Lines(ExtractWithGraphData("The lack of progress in the talks between Armenia and Azerbaijan worried Washington.")),
            Does.Contain("armenia held-talks-with azerbaijan (stated)"));

    [Test]
    public void Extract_NextRoundOfTalks_IsAPlan()
    {
        var lines = Lines(ExtractWithGraphData("Washington has offered to host the next round of talks between Baku and Yerevan."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("armenia held-talks-with azerbaijan (hypothetical)"));
            Assert.That(lines, Has.None.EndsWith("(stated)"));
        });
    }

    [Test]
    public void Extract_TheNextDay_IsNoPlan() =>
        Assert.That(Lines(ExtractWithGraphData("The next day Armenia held talks with Azerbaijan in Almaty.")),
            Does.Contain("armenia held-talks-with azerbaijan (stated)"));

    [Test]
    public void Extract_AttributionBetweenCommas_ThenDenied_IsDenied() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia withdrew from the CSTO, some media claimed, but the government denied it.")),
            Does.Contain("armenia withdraws-from csto (denied)"));

    [Test]
    public void Extract_AttributionBetweenCommas_IsReported() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia withdrew from the CSTO, officials said on Monday, and the decision takes effect in May.")),
            Does.Contain("armenia withdraws-from csto (reported)"));

    [TestCase("Talk of a meeting between Putin and Aliyev has faded.")]
    [TestCase("Rumours of a meeting between Putin and Aliyev spread in Baku.")]
    public void Extract_SpeculatedMeeting_IsNoMeeting(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("ilham-aliyev held-talks-with vladimir-putin (hypothetical)"));
            Assert.That(lines, Has.None.EndsWith("(stated)"));
        });
    }

    [Test]
    public void Extract_OccasionOfAPlannedAct_IsToCome() =>
        Assert.That(Lines(ExtractWithGraphData("The deal, expected to be signed during Erdogan's visit to Baku next month, covers gas supplies.")),
            Does.Contain("recep-tayyip-erdogan visited azerbaijan (hypothetical)"));

    [Test]
    public void Extract_OccasionOfADoneAct_StaysDone() =>
        Assert.That(Lines(ExtractWithGraphData("The agreement was signed during Erdogan's visit to Baku.")),
            Does.Contain("recep-tayyip-erdogan visited azerbaijan (stated)"));
}
