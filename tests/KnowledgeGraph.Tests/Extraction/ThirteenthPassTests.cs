using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The thirteenth pass: set-n read as development data, and the one invented fact and the duplicates a new held-out set
/// (set-q) showed at first measurement. Every case is rebuilt on sentences written for the tests, with a control that keeps
/// the fact where the text states it.
/// </summary>
public sealed class ThirteenthPassTests
{
    [TestCase("Mongolia has long been calling for talks between Russia and Ukraine.")]
    [TestCase("Brazil keeps pressing for direct negotiations between Russia and Ukraine.")]
    public void Extract_TalksAskedFor_AreNotHeld(string sentence) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)),
            Has.None.Matches<string>(l => l is not null && l.StartsWith("russia ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));

    [Test]
    public void Extract_TalksHeld_StayStated() =>
        Assert.That(Lines(ExtractWithGraphData("Russia held talks with Ukraine in Istanbul in May.")),
            Has.Some.Matches<string>(l => l is not null && l.StartsWith("russia ", StringComparison.Ordinal) && l.Contains("ukraine", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));

    [TestCase("Israeli Prime Minister Benjamin Netanyahu has put off his trip to Azerbaijan.")]
    [TestCase("Israeli Prime Minister Benjamin Netanyahu pushed back his trip to Azerbaijan.")]
    public void Extract_TripPutOff_IsNoVisit(string sentence) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain("benjamin-netanyahu visited azerbaijan (hypothetical)").And.Not.Contain("benjamin-netanyahu visited azerbaijan (stated)"));

    [Test]
    public void Extract_SignedAfterADraftWasInitialled_IsSigned()
    {
        var lines = Lines(ExtractWithGraphData(
            "Six years after finishing talks and initialling a draft Broad Trade Agreement (BTA), Mongolia and the EU finally signed the agreement at a ceremony in Luxembourg."));
        Assert.That(lines, Has.Some.Matches<string>(l => l is not null && l.StartsWith("mongolia signed broad-trade-agreement", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));
    }

    [Test]
    public void Extract_DraftSigned_StaysUnconcluded() =>
        Assert.That(Lines(ExtractWithGraphData("Mongolia signed the draft Broad Trade Agreement with the European Union.")),
            Has.None.Matches<string>(l => l is not null && l.Contains(" signed ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));

    [Test]
    public void Extract_PresidentsOfTwoStatesThenTwoNames_EachHoldsTheOfficeInTurn()
    {
        var lines = Lines(ExtractWithGraphData(
            "Presidents of Mongolia and South Korea, Ukhnaagiin Khurelsukh and Yoon Suk Yeol, agreed in Seoul to widen their partnership."));
        Assert.That(lines, Does.Contain("ukhnaagiin-khurelsukh head-of-state-of mongolia (stated)").And.Contain("yoon-suk-yeol head-of-state-of south-korea (stated)"));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("ukhnaagiin-khurelsukh head-of-state-of south-korea", StringComparison.Ordinal)));
    }

    [Test]
    public void Extract_ForeignMinistersOfTwoStates_EachHoldsThePortfolio() =>
        Assert.That(Lines(ExtractWithGraphData(
                "The foreign ministers of Armenia and Greece, Ararat Mirzoyan and Giorgos Gerapetritis, met in Athens on Friday.")),
            Does.Contain("giorgos-gerapetritis foreign-minister-of greece (stated)"));

    [Test]
    public void Extract_TwoNamesAfterAPluralTitle_AreTheSubjectOfTheVerb() =>
        Assert.That(Lines(ExtractWithGraphData(
                "The foreign ministers of Armenia and Greece, Ararat Mirzoyan and Giorgos Gerapetritis, held talks in Athens on Friday.")),
            Has.Some.Matches<string>(l => l is not null && l.Contains("held-talks-with", StringComparison.Ordinal) && l.Contains("ararat-mirzoyan", StringComparison.Ordinal)
                && l.Contains("giorgos-gerapetritis", StringComparison.Ordinal)));

    [Test]
    public void Extract_PluralTitleWithoutTwoStates_GivesNoCrossedOffice() =>
        Assert.That(Lines(ExtractWithGraphData("Presidents of the region, Ukhnaagiin Khurelsukh and Yoon Suk Yeol, met in Seoul.")),
            Has.None.Matches<string>(l => l is not null && l.Contains(" head-of-state-of ", StringComparison.Ordinal)));

    [Test]
    public void Extract_RouteNamedByTheStatesItJoins_IsOnePlaceWithItsAcronym()
    {
        var result = ExtractWithGraphData(
            "Crews started laying track on a Kazakhstan-Turkmenistan-Iran (KTI) freight railway last spring. The KTI railway is two years late.");
        var route = result.Entities.SingleOrDefault(e => e.Name == "Kazakhstan-Turkmenistan-Iran freight railway");
        Assert.Multiple(() =>
        {
            Assert.That(route?.Kind, Is.EqualTo("Place"));
            Assert.That(route?.Aliases, Does.Contain("KTI"));
            Assert.That(route?.Mentions.Length, Is.EqualTo(2), "the acronym met again is the same route");
            Assert.That(result.Entities.Where(e => e.Mentions.Any(m => m.Text.StartsWith("KTI", StringComparison.Ordinal))).Select(e => e.Id), Is.EqualTo(new[] { route?.Id }), "the acronym is not Iran's");
        });
    }

    [Test]
    public void Extract_RouteChainAtSentenceStart_LeavesTheArticleOut() =>
        Assert.That(ExtractWithGraphData("The Baku-Tbilisi-Kars railway links Azerbaijan with Turkey through Georgia.").Entities.Select(e => e.Name),
            Does.Contain("Baku-Tbilisi-Kars railway"));

    [Test]
    public void Extract_StatesJoinedWithoutARouteNoun_AreNoRoute() =>
        Assert.That(ExtractWithGraphData("The Armenia-Azerbaijan border stayed calm.").Entities.Select(e => e.Rule), Has.None.EqualTo("route-chain"));

    [Test]
    public void Extract_WelcomedToJoin_IsNoMembership() =>
        Assert.That(Lines(ExtractWithGraphData("The Chinese minister welcomed Moldova to join the Global Development Initiative.")),
            Has.None.Matches<string>(l => l is not null && l.Contains(" member-of ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));

    [Test]
    public void Extract_WelcomedADecisionToLeave_StillReportsTheDecision() =>
        Assert.That(Lines(ExtractWithGraphData("The exiled opposition figure welcomed Armenia's choice to freeze its CSTO participation.")),
            Has.Some.Matches<string>(l => l is not null && l.StartsWith("armenia ", StringComparison.Ordinal) && l.Contains("csto", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)));

    [Test]
    public void Extract_TwoLetterInitialsOfANamedParty_AreThatParty()
    {
        var result = ExtractWithGraphData("The ruling Georgian Dream party answered the envoy.", "Critics say GD has drifted away from the West.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Where(e => e.Mentions.Any(m => m.Text == "GD")).Select(e => e.Id), Is.EqualTo(new[] { "georgian-dream" }));
            Assert.That(result.Entities.Select(e => e.Id), Has.None.EqualTo("gd"));
        });
    }

    [Test]
    public void Extract_PartyBeforeAStateOffice_LeavesTheOfficeToTheState()
    {
        var lines = Lines(ExtractWithGraphData("The ruling Georgian Dream party answered the envoy.", "GD Prime Minister Irakli Kobakhidze said the party would reply."));
        Assert.That(lines, Does.Contain("irakli-kobakhidze head-of-government-of georgia (stated)"));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("irakli-kobakhidze head-of-government-of georgian-dream", StringComparison.Ordinal)));
    }

    [Test]
    public void Extract_PartyBeforeAPartyOffice_IsThatPartysOffice() =>
        Assert.That(Lines(ExtractWithGraphData("Georgian Dream chairman Irakli Garibashvili kept silent.")),
            Does.Contain("irakli-garibashvili leader-of georgian-dream (stated)"));

    [TestCase("Yerevan may not renew the European Union's civilian monitoring mission in Armenia next year.")]
    [TestCase("Baku again objected to the EU mission on the border.")]
    public void Extract_SeatedBodyOfTheGraph_LinksToIt(string sentence)
    {
        // The EU is named only inside the mission's name: it is listed, if at all, as the end of the mission's part-of,
        // with its mention inside the mission's, never as an entity of its own words.
        var entities = ExtractWithGraphData(sentence).Entities;
        var mission = entities.SingleOrDefault(e => e.Id == "eu-observation-mission");
        Assert.That(mission, Is.Not.Null, string.Join(", ", entities.Select(e => e.Id)));
        Assert.That(entities.Where(e => e.Id == "eu").SelectMany(e => e.Mentions)
            .All(m => mission!.Mentions.Any(o => o.Sentence == m.Sentence && o.Paragraph == m.Paragraph && o.Start <= m.Start && m.Start + m.Length <= o.Start + o.Length)), Is.True);
    }

    [Test]
    public void Extract_SeatedBodyWithAPlace_IsANewBodyThere()
    {
        var result = ExtractWithGraphData("The European Union delegation in Mongolia released a joint statement with four embassies.");
        var body = result.Entities.SingleOrDefault(e => e.Name == "European Union delegation in Mongolia");
        Assert.That(body?.Kind, Is.EqualTo("Organization"));
    }

    [Test]
    public void Extract_SeatedBodyWithoutAPlaceOrAGraphMatch_LeavesTheOwner() =>
        Assert.That(ExtractWithGraphData("Officials discussed a possible NATO mission in general terms.").Entities.Select(e => e.Id), Does.Contain("nato"));

    [TestCase("The Georgian Dream delegation met the Armenian delegation in Tbilisi.")]
    [TestCase("The Armenian delegation arrived in Delhi on Monday.")]
    public void Extract_AStatesDelegation_IsNotTheGraphsOneDelegation(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Select(e => e.Id), Has.None.StartWith("armenian-delegation"));

    [TestCase("Azerbaijan keeps raising objections to the EU mission in Armenia.", "azerbaijan criticized eu-observation-mission (stated)")]
    [TestCase("For once Azerbaijan is loudly protesting Armenia's weapons purchases.", "azerbaijan criticized armenia (stated)")]
    public void Extract_ObjectionsAndProtests_AreCriticism(string sentence, string expected) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(expected));

    [Test]
    public void Extract_SummonedToProtest_TheOneSummoningProtests()
    {
        var lines = Lines(ExtractWithGraphData("Azerbaijan summoned the French ambassador, Anne Dupont, to protest the arms deliveries of France."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("anne-dupont criticized", StringComparison.Ordinal)));
        Assert.That(lines, Does.Contain("azerbaijan criticized france (stated)"));
    }

    [Test]
    public void Extract_LawNamedInQuotes_IsOneLawUnderItsForms()
    {
        var result = ExtractWithGraphData(
            "Washington paused aid over a law on \"foreign agents\" it calls anti-democratic.",
            "The \"foreign agent\" bill set off protests in Tbilisi. Critics say the foreign agents law copies a Russian one.");
        var laws = result.Entities.Where(e => e.Kind == "Agreement").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(laws.Select(e => e.Name), Is.EqualTo(new[] { "law on foreign agents" }));
            Assert.That(laws.Single().Mentions, Has.Length.EqualTo(3));
        });
    }

    [Test]
    public void Extract_QuotedBillAfterAnArticle_IsALaw() =>
        Assert.That(Lines(ExtractWithGraphData("In May, Mongolia adopted a controversial \"foreign funding\" bill that targets NGOs.")),
            Does.Contain("mongolia adopted foreign-funding-bill (stated)"));

    [Test]
    public void Extract_TitleCaseHeadline_IsReadWithTheNamesTheBodyIntroduces() =>
        Assert.That(Lines(ExtractWithHeadline("EU, Mongolia Sign Broad Partnership Agreement",
                "The Broad Partnership Agreement covers trade, transport and energy, officials in Ulaanbaatar said.")),
            Does.Contain("eu signed broad-partnership-agreement (stated)").And.Contain("mongolia signed broad-partnership-agreement (stated)"));

    [Test]
    public void Extract_TitleCaseHeadlineWithUnnamedCapitals_StaysUnread() =>
        Assert.That(ExtractWithHeadline("Mongolia Weighs New Options On Transit Corridor Talks",
                "Mongolia held talks with Kazakhstan on transit in Astana on Monday.").Relations.Where(r => r.Evidence.Paragraph == 1),
            Is.Empty);

    [Test]
    public void Extract_PeaceProcessBetweenTwoStates_IsAnEventTheyTakePartIn()
    {
        var result = ExtractWithGraphData("Speaking of the ongoing peace process between Mongolia and Kazakhstan, the envoy voiced support.");
        var process = result.Entities.SingleOrDefault(e => e.Kind == "Event" && e.Name == "Mongolia-Kazakhstan peace process");
        Assert.That(process?.Mentions.Select(m => m.Text), Does.Contain("peace process"));
        Assert.That(result.Entities.Select(e => e.Id), Does.Contain("mongolia").And.Contain("kazakhstan"), "the parties stay mentions of their own");
    }

    [Test]
    public void Extract_ThePreviousSummit_IsNotTheSummitNamedBefore() =>
        Assert.That(Lines(ExtractWithGraphData(
                "Aliyev attended the CSTO summit in Astana last year.",
                "They praised the deals agreed at the previous summit, held in Samarkand in 2023.")),
            Has.None.Matches<string>(l => l is not null && l.Contains("located-in samarkand", StringComparison.Ordinal) && l.Contains("csto", StringComparison.Ordinal)));

    [Test]
    public void Extract_OfficeThatServesATitle_IsABodyNotTheHolder()
    {
        var result = ExtractWithGraphData(
            "Israeli Prime Minister Benjamin Netanyahu put off his trip to Baku, according to a note from the Prime Minister's Office.",
            "The Mongolian President's Administration gave no reason.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Where(e => e.Kind == "Organization").Select(e => e.Name),
                Is.SupersetOf(new[] { "Prime Minister's Office", "Mongolian President's Administration" }));
            Assert.That(result.Entities.Single(e => e.Id == "benjamin-netanyahu").Mentions.Select(m => m.Text), Has.None.EqualTo("Prime Minister"));
        });
    }

    [TestCase("Tokayev thanked Mirziyoyev for the invitation to come to Tashkent.", "shavkat-mirziyoyev invited kassym-jomart-tokayev (stated)")]
    [TestCase("Pashinyan thanked Macron for his invitation.", "emmanuel-macron invited nikol-pashinyan (stated)")]
    [TestCase("Aliyev accepted Erdogan's invitation to come to Ankara in May.", "recep-tayyip-erdogan invited ilham-aliyev (stated)")]
    [TestCase("Japarov flew to Moscow at Putin's invitation.", "vladimir-putin invited sadyr-japarov (stated)")]
    [TestCase("Japarov flew to Moscow at the invitation of Putin.", "vladimir-putin invited sadyr-japarov (stated)")]
    public void Extract_InvitationOwnedByTheOneNamed_IsTheirInvitation(string sentence, string expected) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(expected));

    [Test]
    public void Extract_ThanksForAnInvitation_NeverMakesTheGuestTheHost() =>
        Assert.That(Lines(ExtractWithGraphData("Tokayev thanked Mirziyoyev for the invitation to come to Tashkent.")),
            Has.None.Matches<string>(l => l is not null && l.StartsWith("kassym-jomart-tokayev invited", StringComparison.Ordinal)));

    [Test]
    public void Extract_GivenNameInParentheses_IsTheKnownPerson()
    {
        var lines = Lines(ExtractWithGraphData("\"The premier wrote to President (Ilham) Aliyev about the new route,\" the note read."));
        Assert.That(lines, Does.Contain("ilham-aliyev head-of-state-of azerbaijan (stated)"));
    }

    [TestCase("Azerbaijan has aligned itself with Turkey.", "azerbaijan oriented-toward turkey (stated)")]
    [TestCase("Kazakhstan leans toward Russia on security.", "kazakhstan oriented-toward russia (stated)")]
    [TestCase("Pashinyan has sought to reorient Armenia towards the EU.", "nikol-pashinyan oriented-toward eu (hypothetical)")]
    public void Extract_Orientation_IsOrientedToward(string sentence, string expected) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(expected));

    [Test]
    public void Extract_EventNameThenItsNoun_IsPlacedByTheInAfterIt() =>
        Assert.That(Lines(ExtractWithGraphData("The minister stayed away from the UN COP29 climate conference in Azerbaijan.")),
            Has.Some.Matches<string>(l => l is not null && l.StartsWith("cop29", StringComparison.Ordinal) && l.EndsWith("located-in azerbaijan (stated)", StringComparison.Ordinal)));

    [TestCase("The Trans-Caspian corridor is part of the Middle Corridor.", "trans-caspian-corridor part-of middle-corridor (stated)")]
    [TestCase("The Trans-Caspian corridor, which forms part of the Middle Corridor, crosses the sea.", "trans-caspian-corridor part-of middle-corridor (stated)")]
    [TestCase("Armenia remains part of the CSTO on paper.", "armenia member-of csto (stated)")]
    public void Extract_IsPartOf_IsPartOrMembership(string sentence, string expected) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(expected));

    [Test]
    public void Extract_VisitToTheSeatOfABloc_IsAVisitToTheCity()
    {
        var lines = Lines(ExtractWithGraphData("The accord was signed during a working visit of Mongolian President Ukhnaagiin Khurelsukh to Brussels."));
        Assert.That(lines, Does.Contain("ukhnaagiin-khurelsukh visited brussels (stated)").And.Not.Contain("ukhnaagiin-khurelsukh visited eu (stated)"));
    }

    [TestCase("The shared border between Mongolia and China is long and quiet.", "china borders mongolia (stated)")]
    [TestCase("Mongolia shares a long border with China.", "china borders mongolia (stated)")]
    public void Extract_SharedBorder_Borders(string sentence, string expected) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(expected));

    [Test]
    public void Extract_WorkOnTheBorderBetweenTwoStates_StatesNoBorderRelation() =>
        Assert.That(Lines(ExtractWithGraphData("The commissions met to settle the border between Mongolia and China.")),
            Has.None.Matches<string>(l => l is not null && l.Contains(" borders ", StringComparison.Ordinal)));

    [Test]
    public void Extract_PeaceProcessNamedTwice_KeepsItsPartiesBothTimes()
    {
        var result = ExtractWithGraphData("The peace process between Mongolia and Kazakhstan is slow.", "The envoy praised the peace process between Mongolia and Kazakhstan again.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Single(e => e.Kind == "Event").Mentions.Select(m => m.Text), Is.EqualTo(new[] { "peace process", "peace process" }));
            Assert.That(result.Entities.Single(e => e.Id == "mongolia").Mentions, Has.Length.EqualTo(2));
        });
    }
}
