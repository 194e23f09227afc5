using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The twenty-fourth pass: cues inside a quotation are the speaker's words, so a trigger told after the quotation closes is read
/// from the narration. Sentences of our own, each with a control where the change could over-reach.
/// </summary>
public sealed class TwentyFourthPassTests
{
    [TestCase("“We hope that a settlement between the two neighbours will bring calm to the region,” said Iranian Foreign Minister Abbas Araghchi during his two-day visit to Yerevan.", "abbas-araghchi visited armenia (stated)")]
    [TestCase("\"We hope that a settlement between the two neighbours will bring calm,\" said Iranian Foreign Minister Abbas Araghchi during his two-day visit to Yerevan.", "abbas-araghchi visited armenia (stated)")]
    [TestCase("“We believe the route will open before long,” Aliyev said during his visit to Paris.", "ilham-aliyev visited france (stated)")]
    [TestCase("“Some experts suggest that the process may stall,” Lavrov said after meeting Mirzoyan in Moscow.", "ararat-mirzoyan held-talks-with sergey-lavrov (stated)")]
    public void Extract_ACueInsideAClosedQuotation_LeavesTheNarrationAfterItStated(string sentence, string relation)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines, Does.Contain(relation), Show(lines));
    }

    [TestCase("“We hope that Armenia will sign a peace treaty with Azerbaijan this year,” Aliyev said.")]
    [TestCase("\"We hope that Armenia will sign a peace treaty with Azerbaijan this year,\" Aliyev said.")]
    [TestCase("Aliyev said he hoped that Armenia would sign a peace treaty with Azerbaijan, “the sooner the better”.")]
    public void Extract_ACueAndItsTriggerInsideOneQuotation_StillGovern(string sentence)
    {
        // The control: the hope and the signing it governs share the quotation (or the narration); the signing is not done.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Where(l => l.Contains(" signed ", StringComparison.Ordinal) || l.Contains(" party-to ", StringComparison.Ordinal))
            .All(l => !l.EndsWith("(stated)", StringComparison.Ordinal)), Is.True, Show(lines));
    }

    [Test]
    public void Extract_ACueInAQuotationBeforeASecondQuotation_StillGovernsTheSecond()
    {
        // The control: a trigger inside a later quotation is the speaker's too; the narration rule does not lift its cue.
        var lines = Lines(ExtractWithGraphData("“We hope,” Aliyev said, “that Armenia will sign a peace treaty with Azerbaijan this year.”"));
        Assert.That(lines.Where(l => l.Contains(" signed ", StringComparison.Ordinal)).All(l => !l.EndsWith("(stated)", StringComparison.Ordinal)), Is.True, Show(lines));
    }

    [TestCase("Kazakhstan has long called for negotiations to establish a ceasefire between Russia and Ukraine.")]
    [TestCase("The envoys began talks to restore calm between Russia and Ukraine.")]
    public void Extract_AnInfinitiveWithAnObjectBeforeBetween_TakesTheBetween(string sentence)
    {
        // The "between" belongs to the ceasefire or the truce, not to the talks: the warring sides are not said to negotiate.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.StartsWith("russia negotiates-with ukraine", StringComparison.Ordinal) || l.StartsWith("ukraine negotiates-with russia", StringComparison.Ordinal)
            || l.StartsWith("russia held-talks-with ukraine", StringComparison.Ordinal) || l.StartsWith("ukraine held-talks-with russia", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("Talks are to be held between Armenia and Azerbaijan next week.", "armenia held-talks-with azerbaijan (hypothetical)")]
    [TestCase("Negotiations between Armenia and Turkey resumed in Vienna.", "armenia negotiates-with turkey (stated)")]
    public void Extract_TalksBetweenWithNoInfinitiveObject_KeepTheirSides(string sentence, string relation)
    {
        // The control: "to be held" has no object of its own, and a plain "between" is the talks' own.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines, Does.Contain(relation), Show(lines));
    }

    [TestCase("The president proposed establishing an Uzbek-Kazakh Investment Council.", "investment-council")]
    [TestCase("The ministers discussed the creation of a Kazakh-Kyrgyz Industrial Council.", "industrial-council")]
    public void Extract_ABodyStillBeingMade_HasNoStatedMembers(string sentence, string body)
    {
        // Before, the council's name made both states stated members of a body the text only proposes.
        var lines = Lines(ExtractWithGraphData(sentence));
        var members = lines.Where(l => l.Contains(" member-of ", StringComparison.Ordinal) && l.Contains(body, StringComparison.Ordinal)).ToList();
        Assert.That(members.All(l => !l.EndsWith("(stated)", StringComparison.Ordinal)), Is.True, Show(lines));
    }

    [TestCase("In 2021 the leaders established the Turkish-Azerbaijani Business Council.")]
    [TestCase("The two governments set up the Turkish-Azerbaijani Business Council in March.")]
    public void Extract_ABodyMadeInThePast_KeepsItsStatedMembers(string sentence)
    {
        // The control: a body the text says was made exists; its name's members stand.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.StartsWith("azerbaijan member-of", StringComparison.Ordinal) && l.Contains("business-council", StringComparison.Ordinal)
            && l.EndsWith("(stated)", StringComparison.Ordinal)), Is.True, Show(lines));
    }

    [TestCase("Erdogan proposed visiting Yerevan in the spring.", " visited ")]
    [TestCase("Tokayev suggested hosting the next CSTO summit in Astana.", " hosted ")]
    [TestCase("Aliyev proposed holding a trilateral summit with Erdogan and Putin in Baku.", " held-talks-with ")]
    public void Extract_AnActProposedAsAGerund_IsNotDone(string sentence, string type)
    {
        // Before, "proposed visiting Yerevan" was a stated visit.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Where(l => l.Contains(type, StringComparison.Ordinal)).All(l => l.EndsWith("(hypothetical)", StringComparison.Ordinal)), Is.True, Show(lines));
    }

    [Test]
    public void Extract_AProposalMadeDuringATrip_LeavesTheTripDone()
    {
        // The control: the gerund's proposing verb must stand right before it; a visit told elsewhere in the sentence is done.
        var lines = Lines(ExtractWithGraphData("Erdogan visited Yerevan in the spring and proposed opening the border."));
        Assert.That(lines, Does.Contain("recep-tayyip-erdogan visited armenia (stated)"), Show(lines));
    }

    [Test]
    public void Extract_AListGoingOnAfterAnAsideInBrackets_KeepsItsLaterItems()
    {
        // Before, the bracket ended the list: Kyrgyzstan was a member of the first body only.
        var lines = Lines(ExtractWithGraphData(
            "Kyrgyzstan is a member of the EAEU (its other members are Russia, Belarus and Armenia) and the Collective Security Treaty Organisation."));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.StartsWith("kyrgyzstan member-of csto", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.StartsWith("kyrgyzstan member-of eurasian-economic-union", StringComparison.Ordinal)), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_AnAsideInBracketsBeforeAVerb_EndsTheList()
    {
        // The control: after the bracket a verb goes on, not a list; what it issued was not signed.
        var lines = Lines(ExtractWithGraphData("Iran and Tajikistan signed four memoranda (on trade and energy) and issued a joint statement on transport."));
        Assert.That(lines.Any(l => l.Contains(" signed ", StringComparison.Ordinal) && l.Contains("joint-statement", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("Nino Abashidze, Deputy Speaker of the Georgian Parliament, spoke to reporters in Tbilisi.", "nino-abashidze member-of parliament-of-georgia (stated)")]
    [TestCase("The first deputy speaker of Armenia's parliament, Ruben Rubinyan, met the visitors.", "ruben-rubinyan member-of parliament-of-armenia (stated)")]
    public void Extract_ADeputySpeaker_IsAMemberOfTheParliament(string sentence, string relation)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines, Does.Contain(relation), Show(lines));
    }

    [Test]
    public void Extract_ADeputySpeakerWithNoBody_IsNoMemberOfAState()
    {
        // The control: the office belongs to a body; with no body named, nothing is proposed for it.
        var lines = Lines(ExtractWithGraphData("Deputy Speaker Hakob Arshakyan of Armenia visited Paris."));
        Assert.That(lines.Any(l => l.Contains(" member-of armenia", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("Their peace accord between Armenia and Azerbaijan had already been initialled, the minister said.")]
    [TestCase("The peace treaty between Armenia and Azerbaijan took years of talks. Aliyev called the treaty initialled in Washington a turning point.")]
    public void Extract_ADocumentInitialledWithNoOneNamed_WasInitialledByItsParties(string text)
    {
        // Before, nothing was proposed: the initialling named no agent, and the name's parties are no parties of an initialled text.
        var lines = Lines(ExtractWithGraphData(text));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.StartsWith("armenia initialled ", StringComparison.Ordinal) && l.Contains("peace", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.StartsWith("azerbaijan initialled ", StringComparison.Ordinal) && l.Contains("peace", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.Contains(" signed ", StringComparison.Ordinal) || l.Contains(" party-to ", StringComparison.Ordinal)), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_ADocumentInitialledByNamedMinisters_IsLeftToTheRulesThatReadThem()
    {
        // The control: "by" names who initialled it, so the parties are not inferred; and nothing reads as signed.
        var result = ExtractWithGraphData("Their peace accord between Armenia and Azerbaijan was initialled by the two foreign ministers.");
        var lines = Lines(result);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.Contains(" signed ", StringComparison.Ordinal)), Is.False, Show(lines));
            Assert.That(result.Relations.Any(r => r.Rule == "agentless-signing"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_TheCountryInARegion_RefersBackToItsLatestState()
    {
        var lines = Lines(ExtractWithGraphData("Armenia sent its foreign minister to Paris on Monday. The country in the South Caucasus long criticized Russia over the border."));
        Assert.That(lines, Does.Contain("armenia criticized russia (stated)"), Show(lines));
    }

    [Test]
    public void Extract_TheCountryInARegionNoStateOfWhichWasNamed_RefersToNothing()
    {
        // The control: the only state named before lies outside the region.
        var lines = Lines(ExtractWithGraphData("Turkey sent its foreign minister to Paris on Monday. The country in the South Caucasus long criticized Russia over the border."));
        Assert.That(lines.Any(l => l.EndsWith("criticized russia (stated)", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("Aliyev set out Azerbaijan's plans as the host country of COP29.", "azerbaijan hosted cop29 (stated)")]
    [TestCase("Azerbaijan, the host of COP29, greeted the delegations.", "azerbaijan hosted cop29 (stated)")]
    [TestCase("Kazakhstan, as host of the CSTO summit, invited Pashinyan.", "kazakhstan hosted csto-summit (stated)")]
    [TestCase("Turkey will be the host of the next OTS summit, the minister said.", "turkey hosted ots-summit (hypothetical)")]
    public void Extract_TheNounHostOfAnEvent_SaysWhoHostedIt(string sentence, string relation)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines, Does.Contain(relation), Show(lines));
    }

    [TestCase("Putin met Aliyev, the host of COP29's closing dinner, in Baku.")]
    [TestCase("The host of COP29 was praised by Aliyev.")]
    public void Extract_HostWithNoEventOrNoHolder_ProposesNoHosting(string sentence)
    {
        // The controls: the "of" phrase names no event itself, or no one stands before the phrase.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.Contains(" hosted ", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("In front of the press, the foreign ministers initialled the Memorandum on Border Crossings between Georgia and Azerbaijan.", "initialled")]
    [TestCase("The two delegations signed the Memorandum on Border Crossings between Georgia and Azerbaijan on Friday.", "signed")]
    [TestCase("In front of the press, the foreign ministers initialled the “Memorandum on Border Crossings between Georgia and Azerbaijan”.", "initialled")]
    public void Extract_UnnamedOfficialsSigningADocumentBetweenParties_SignForTheParties(string sentence, string type)
    {
        // Before, the document only had parties (or none, once initialled): the officials named no signer.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.StartsWith($"georgia {type} memorandum-on-border-crossings", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.StartsWith($"azerbaijan {type} memorandum-on-border-crossings", StringComparison.Ordinal)), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_ADocumentBetweenPartiesThatNoOneSigns_KeepsItsParties()
    {
        // The control: a verb other than signing leaves the parties as parties.
        var lines = Lines(ExtractWithGraphData("The journalists criticized the Memorandum on Border Crossings between Georgia and Azerbaijan."));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.StartsWith("georgia party-to memorandum-on-border-crossings", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.Contains(" signed ", StringComparison.Ordinal)), Is.False, Show(lines));
        });
    }
}
