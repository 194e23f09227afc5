using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The eighteenth pass: wrong proposals and misses found on sentences written for the tests (and classes of misses counted on
/// the read sets), each with a control where the change could over-reach.
/// </summary>
public sealed class EighteenthPassTests
{
    /// <summary>The sentences (paragraph 2) in which a relation between the two entities is proposed, either way round.</summary>
    private static int[] SentencesOf(ExtractionResult result, string a, string b, string type) =>
        [.. result.Relations.Where(r => r.Type == type && ((r.Source == a && r.Target == b) || (r.Source == b && r.Target == a)))
            .Select(r => r.Evidence.Sentence).Distinct().Order()];

    [Test]
    public void Extract_HeadsOfStateOfAnotherBodyAfterAPair_AreNotThePair()
    {
        var result = ExtractWithGraphData(
            "Ilham Aliyev and Emmanuel Macron met in Copenhagen. In August, the heads of state of the Organization of Turkic States held talks in Gabala.");
        Assert.That(SentencesOf(result, "ilham-aliyev", "emmanuel-macron", "held-talks-with"), Is.EqualTo(new[] { 1 }), Show(Lines(result)));
    }

    [Test]
    public void Extract_PresidentsOfThePairsStates_AreStillThePair()
    {
        var lines = Lines(ExtractWithGraphData(
            "Ilham Aliyev and Nikol Pashinyan arrived in Abu Dhabi. Later the presidents of Azerbaijan and Armenia held talks."));
        Assert.That(lines.Count(l => l.StartsWith("ilham-aliyev held-talks-with nikol-pashinyan", StringComparison.Ordinal)
            || l.StartsWith("nikol-pashinyan held-talks-with ilham-aliyev", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(1), Show(lines));
    }

    [Test]
    public void Extract_TheTwoPresidentsAfterAHyphenatedMeeting_AreTheMeetingsPair()
    {
        var result = ExtractWithGraphData(
            "Turkish President Recep Tayyip Erdogan and Iranian President Masoud Pezeshkian came to China. Azerbaijani President Ilham Aliyev and French President Emmanuel Macron met in Copenhagen. "
            + "During the Erdogan–Pezeshkian meeting in Tianjin, the two presidents discussed Syria.");
        Assert.Multiple(() =>
        {
            Assert.That(SentencesOf(result, "ilham-aliyev", "emmanuel-macron", "held-talks-with"), Is.EqualTo(new[] { 2 }), Show(Lines(result)));
            Assert.That(SentencesOf(result, "recep-tayyip-erdogan", "masoud-pezeshkian", "held-talks-with"), Does.Contain(3), Show(Lines(result)));
        });
    }

    [Test]
    public void Extract_AnIndefiniteSummitInATownMetForTheFirstTime_IsAnEventInThatTown()
    {
        var lines = Lines(ExtractWithGraphData("Kassym-Jomart Tokayev took part in a trilateral summit in Khujand."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "kassym-jomart-tokayev participant-in trilateral-summit-in-khujand"), Is.True, Show(lines));
            Assert.That(Starts(lines, "trilateral-summit-in-khujand located-in khujand"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_AMeetingInAMonth_IsNoEventInAPlace()
    {
        var result = ExtractWithGraphData("Kassym-Jomart Tokayev took part in a bilateral meeting in September.");
        Assert.That(result.Entities.Select(e => e.Name), Has.None.Contains("September"), Show(Lines(result)));
    }

    [Test]
    public void Extract_ASummitOfDemonymStates_KeepsTheNounInItsName()
    {
        var result = ExtractWithGraphData("Shavkat Mirziyoyev took part in the summit of Turkic states in Gabala.");
        Assert.That(result.Entities.Select(e => e.Name), Has.Member("summit of Turkic states"), Show(Lines(result)));
    }

    [Test]
    public void Extract_MfaOfDifferentStates_AreEachStatesForeignMinistryNotOneBody()
    {
        var result = ExtractWithGraphData(
            "Delegations met at the MFA of Armenia on Monday.", "The Russian MFA later summoned the envoy.", "The Kyrgyz MFA issued a note on the border.");
        var ministries = result.Entities.Where(e => e.Mentions.Any(m => m.Text.Contains("MFA", StringComparison.Ordinal))).Select(e => e.Id).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ministries, Has.Count.EqualTo(3), string.Join(", ", ministries));
            Assert.That(ministries, Does.Contain("armenian-foreign-ministry"));
            Assert.That(ministries, Does.Contain("russian-foreign-ministry"));
            Assert.That(result.Entities.Select(e => e.Name), Has.None.EqualTo("MFA"));
        });
    }

    [Test]
    public void Extract_AnAcronymThatIsNoMinistry_StaysABodyOfItsOwn()
    {
        var result = ExtractWithGraphData("The Kazakh KNB detained two suspects.");
        Assert.That(result.Entities.Select(e => e.Name), Has.None.Contains("Ministry"), Show(Lines(result)));
    }

    [Test]
    public void Extract_AStatesForeignMinistryInTwoForms_IsOneBody()
    {
        var result = ExtractWithGraphData(
            "The Kyrgyz foreign ministry issued a note.", "The Ministry of Foreign Affairs of Kyrgyzstan later confirmed it.",
            "The Ministry of Foreign Affairs of Turkmenistan replied.", "The Turkmen foreign ministry then published a map.");
        var bodies = result.Entities.Where(e => e.Kind == "Organization").Select(e => e.Name).ToList();
        Assert.That(bodies, Has.Count.EqualTo(2), string.Join(", ", bodies));
    }

    [Test]
    public void Extract_AStatesLeaderWelcomesAForeignMinister_TheGuestVisitedThatState()
    {
        var lines = Lines(ExtractWithGraphData("Azerbaijani President Ilham Aliyev received Maltese Foreign Minister Ian Borg on Tuesday."));
        Assert.That(Starts(lines, "ian-borg visited azerbaijan"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_AHostOfTwoGuestsAtOnce_HoldsAGatheringNotTheirVisits()
    {
        var lines = Lines(ExtractWithGraphData(
            "Uzbek President Shavkat Mirziyoyev welcomed Kyrgyz Foreign Minister Jeenbek Kulubaev and Tajik Foreign Minister Sirojiddin Muhriddin on Tuesday."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains(" visited uzbekistan", StringComparison.Ordinal)), Show(lines));
    }

    [Test]
    public void Extract_AWelcomeAtASummitElsewhere_IsNoVisitToTheHostsState()
    {
        var lines = Lines(ExtractWithGraphData("Azerbaijani President Ilham Aliyev received Maltese Foreign Minister Ian Borg on the sidelines of the summit."));
        Assert.That(Starts(lines, "ian-borg visited azerbaijan"), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TalksInTheCapitalNamedAfterCapital_TheGuestVisitedThatState()
    {
        var lines = Lines(ExtractWithGraphData(
            "Uzbek President Shavkat Mirziyoyev and Russian President Vladimir Putin spoke by phone last month.",
            "Putin held talks with Mirziyoyev in the capital Tashkent on Monday."));
        Assert.That(Starts(lines, "vladimir-putin visited uzbekistan"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_AStateDescribedByItsRegion_IsTheLatestStateOfThatRegion()
    {
        var lines = Lines(ExtractWithGraphData(
            "Chinese leader Xi Jinping phoned Kassym-Jomart Tokayev, the Kazakh head of state, in May.", "In June, Xi visited the Central Asian nation."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "xi-jinping visited kazakhstan"), Is.True, Show(lines));
            Assert.That(Starts(lines, "xi-jinping visited china"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_ARegionWithNoStateOfItNamed_RefersToNothing()
    {
        var lines = Lines(ExtractWithGraphData("Chinese leader Xi Jinping spoke with French President Emmanuel Macron in May.", "In June, Xi visited the Baltic nation."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("xi-jinping visited", StringComparison.Ordinal)), Show(lines));
    }

    [Test]
    public void Extract_ARegionsDescriptionAfterOtherWords_StartsAtItsOwnThe()
    {
        var result = ExtractWithGraphData("Armenia received the howitzers by the time Sebastien Lecornu visited the South Caucasus country.");
        var described = result.Entities.Single(e => e.Id == "armenia").Mentions.Select(m => m.Text).ToList();
        Assert.That(described, Has.Member("the South Caucasus country"), string.Join(" | ", described));
    }

    [Test]
    public void Extract_TheLeaderOfAStateAfterAPair_IsNotBothOfThePair()
    {
        var result = ExtractWithGraphData("Kazakh President Kassym-Jomart Tokayev met Xi Jinping. The leader of the ex-Soviet Central Asian country praised China.");
        Assert.That(SentencesOf(result, "xi-jinping", "china", "thanked"), Is.Empty, Show(Lines(result)));
    }

    [Test]
    public void Extract_MetADemonymAndLowercaseTitleAndName_MetTheHolder()
    {
        var lines = Lines(ExtractWithGraphData("In Ankara, Recep Tayyip Erdogan met Turkmen leader Serdar Berdimuhamedov on Friday."));
        Assert.That(Starts(lines, "recep-tayyip-erdogan held-talks-with serdar-berdimuhamedov") || Starts(lines, "serdar-berdimuhamedov held-talks-with recep-tayyip-erdogan"),
            Is.True, Show(lines));
    }

    [Test]
    public void Extract_ADemonymBeforeANounThatIsNoTitle_StillNamesNoObject()
    {
        var lines = Lines(ExtractWithGraphData("Recep Tayyip Erdogan criticized Turkmen gas pricing on Friday."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("recep-tayyip-erdogan criticized", StringComparison.Ordinal)), Show(lines));
    }

    [Test]
    public void Extract_SignedAPluralWithoutArticleOrASeriesOf_TheDocumentsAreSigned()
    {
        var lines = Lines(ExtractWithGraphData(
            "Paris and Yerevan later signed contracts for the supply of radars.", "In 2024 Georgia and Azerbaijan signed a series of protocols on customs."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "armenia signed contracts-for-the-supply-of-radars (stated)"), Is.True, Show(lines));
            Assert.That(Starts(lines, "georgia signed protocols-on-customs (stated)"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_PortfolioMinistersOfListedStates_ActForEachState()
    {
        var lines = Lines(ExtractWithGraphData(
            "In Tashkent the transport ministers of Kyrgyzstan, Tajikistan and Uzbekistan signed a memorandum of understanding on rail freight."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "kyrgyzstan signed"), Is.True, Show(lines));
            Assert.That(Starts(lines, "tajikistan signed"), Is.True, Show(lines));
            Assert.That(Starts(lines, "uzbekistan signed"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_InAPlaceToSign_IsAPlanNotASigning()
    {
        var lines = Lines(ExtractWithGraphData("Masoud Pezeshkian, the Iranian president, is in Yerevan this week to sign an agreement on transit."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains(" signed ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)), Show(lines));
    }

    [Test]
    public void Extract_WentOnToSign_StaysASigning()
    {
        var lines = Lines(ExtractWithGraphData("Georgia and Azerbaijan met in March and went on to sign an agreement on transit."));
        Assert.That(Starts(lines, "georgia signed agreement-on-transit (stated)"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_ATripToAttend_IsAnAttendanceInThePastAndAPlanInThePresent()
    {
        var past = Lines(ExtractWithGraphData("In July, Nikol Pashinyan was travelling to Tehran to attend the Caspian summit."));
        var present = Lines(ExtractWithGraphData("Nikol Pashinyan is travelling to Tehran to attend the Caspian summit."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(past, "nikol-pashinyan participant-in caspian-summit (stated)"), Is.True, Show(past));
            Assert.That(Starts(present, "nikol-pashinyan participant-in caspian-summit (hypothetical)"), Is.True, Show(present));
        });
    }

    [Test]
    public void Extract_PreparationsForAVisit_AreAPlanNotAVisit()
    {
        var planned = Lines(ExtractWithGraphData("Kassym-Jomart Tokayev, the Kazakh president, held talks on preparations for Tokayev's state visit to Russia."));
        var done = Lines(ExtractWithGraphData("Kassym-Jomart Tokayev, the Kazakh president, said Tokayev's state visit to Russia had ended on Friday."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(planned, "kassym-jomart-tokayev visited russia (hypothetical)"), Is.True, Show(planned));
            Assert.That(Starts(planned, "kassym-jomart-tokayev visited russia (stated)"), Is.False, Show(planned));
            Assert.That(done, Has.None.Matches<string>(l => l is not null && l.StartsWith("kassym-jomart-tokayev visited russia (hypothetical)", StringComparison.Ordinal)), Show(done));
        });
    }

    [Test]
    public void Extract_APurposeInfinitiveAfterAPlaceComeTo_IsTheComersAct()
    {
        var lines = Lines(ExtractWithGraphData("Nikol Pashinyan, who was visiting Tehran this week to attend the Caspian summit, met Masoud Pezeshkian."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "nikol-pashinyan participant-in caspian-summit"), Is.True, Show(lines));
            Assert.That(Starts(lines, "iran participant-in"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_AnInfinitiveAfterAnUrgedState_StaysThatStatesAct()
    {
        var lines = Lines(ExtractWithGraphData("Kassym-Jomart Tokayev urged Armenia to sign the peace treaty with Azerbaijan."));
        Assert.That(Starts(lines, "kassym-jomart-tokayev signed"), Is.False, Show(lines));
    }
}
