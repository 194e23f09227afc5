using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The classes of wrong proposals and misses the seventh pass fixed, on sentences written for the tests (the real articles
/// they came from stay outside the repository).
/// </summary>
public sealed class SeventhPassTests
{
    [Test]
    public void Extract_ListOfTitledLeaders_GivesEachOnlyTheOfficeBeforeTheirName()
    {
        var lines = Lines(ExtractWithGraphData(
            "Leaders at the table included the President of Kazakhstan Arman Seitov, the President of the Kyrgyz Republic Talant Osmonov and the President of Tajikistan Farrukh Nazarov."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("arman-seitov head-of-state-of kazakhstan (stated)"));
            Assert.That(lines, Does.Contain("talant-osmonov head-of-state-of kyrgyzstan (stated)"));
            Assert.That(lines, Has.None.StartsWith("arman-seitov head-of-state-of kyrgyzstan"));
            Assert.That(lines, Has.None.StartsWith("talant-osmonov head-of-state-of tajikistan"));
        });
    }

    [Test]
    public void Extract_FormerAmbassadorWithDemonym_HoldsNoOffice()
    {
        var result = ExtractWithGraphData("Former Georgian ambassador to Turkey Levan Dadiani told reporters that Tbilisi needs new markets.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Select(e => e.Id), Does.Contain("levan-dadiani"));
            Assert.That(Lines(result), Has.None.StartsWith("levan-dadiani ambassador-"));
        });
    }

    [Test]
    public void Extract_SaintAbbreviationInACityName_KeepsTheWholeName() =>
        Assert.That(Lines(ExtractWithGraphData("The Eurasian Youth Forum was held in St. Petersburg in May.")),
            Does.Contain("eurasian-youth-forum located-in st-petersburg (stated)"));

    [Test]
    public void Extract_DissolutionAsAnEvent_IsNoRequest() =>
        Assert.That(Lines(ExtractWithGraphData("Turkey opened embassies in the states formed after the dissolution of the Warsaw Pact.")),
            Has.None.Contains("requested-dissolution-of"));

    [Test]
    public void Extract_CallForDissolution_IsARequest() =>
        Assert.That(Lines(ExtractWithGraphData("Azerbaijan and Armenia filed a joint request for the closure of the OSCE Minsk Group.")),
            Has.Some.StartsWith("azerbaijan requested-dissolution-of "));

    [Test]
    public void Extract_OfficialOfTheVisitedState_IsNoVisitor() =>
        Assert.That(Lines(ExtractWithGraphData(
                "Uzbek President Bakhtiyor Rahimov praised the partnership with Germany.",
                "On the chancellor's official visit to Uzbekistan, Rahimov hosted a dinner.")),
            Has.None.StartsWith("bakhtiyor-rahimov visited uzbekistan"));

    [Test]
    public void Extract_ItAfterASentenceAboutAGathering_IsTheGathering() =>
        Assert.That(Lines(ExtractWithGraphData("On 2 May, the Caspian Shores Summit was held in Aktau. It was chaired by Kazakh President Arman Seitov.")),
            Does.Contain("arman-seitov participant-in caspian-shores-summit (stated)"));

    [Test]
    public void Extract_ItWithoutAGatheringBefore_StaysUnresolved() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia signed the deal in May. It was chaired by Kazakh President Arman Seitov.")),
            Has.None.Contains(" participant-in "));

    [Test]
    public void Extract_RepresentedByAfterAGathering_TakesPartInIt()
    {
        var lines = Lines(ExtractWithGraphData(
            "The Caspian Shores Summit opened in Aktau on Monday.",
            "The EU was represented by Commissioner Jonas Berg and Georgia was represented by Georgian Prime Minister Levan Dadiani."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("jonas-berg participant-in caspian-shores-summit (stated)"));
            Assert.That(lines, Does.Contain("eu participant-in caspian-shores-summit (stated)"));
            Assert.That(lines, Does.Contain("levan-dadiani participant-in caspian-shores-summit (stated)"));
        });
    }

    [Test]
    public void Extract_RepresentedByWithoutAGathering_ProposesNoParticipation() =>
        Assert.That(Lines(ExtractWithGraphData("In the dispute, Georgia was represented by Georgian Prime Minister Levan Dadiani.")),
            Has.None.Contains(" participant-in "));

    [Test]
    public void Extract_ChairingAGathering_IsTakingPartInIt() =>
        Assert.That(Lines(ExtractWithGraphData("Uzbek President Bakhtiyor Rahimov chaired the Caspian Shores Summit in Aktau.")),
            Does.Contain("bakhtiyor-rahimov participant-in caspian-shores-summit (stated)"));

    [Test]
    public void Extract_DialogueNamedForTwoSides_IsAnEventLocatedInNeither()
    {
        var result = ExtractWithGraphData("The third India-Central Asia Dialogue opened in Delhi.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Where(e => e.Kind == "Event").Select(e => e.Id), Does.Contain("india-central-asia-dialogue"));
            Assert.That(Lines(result), Has.None.StartsWith("india-central-asia-dialogue located-in india"));
        });
    }

    [Test]
    public void Extract_SpeakerWhoSpokeAfterMeeting_IsTheOneWhoMet()
    {
        var lines = Lines(ExtractWithGraphData(
            "\"France will help both sides,\" Macron told reporters after meeting Armenian Prime Minister Nikol Pashinyan in Paris."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("emmanuel-macron held-talks-with nikol-pashinyan (stated)"));
            Assert.That(lines, Has.None.StartsWith("france held-talks-with"));
        });
    }

    [Test]
    public void Extract_HerCountry_IsTheStateSheServesNotHer()
    {
        var lines = Lines(ExtractWithGraphData("Kazakh Foreign Minister Aida Bekova said her country hopes to join the European Union."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("kazakhstan member-of eu"));
            Assert.That(lines, Has.None.StartsWith("aida-bekova member-of"));
        });
    }

    [Test]
    public void Extract_GuardianCouncil_IsTheIranianBodyNotTheNewspaper()
    {
        var ids = ExtractWithGraphData("The bill went to the Guardian Council for approval.").Entities.Select(e => e.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Does.Contain("guardian-council"));
            Assert.That(ids, Does.Not.Contain("the-guardian"));
        });
    }

    [Test]
    public void Extract_SpeakerOfTheMejlis_IsTheSpeakerOfTurkmenistansParliament() =>
        Assert.That(Lines(ExtractWithGraphData("Speaker of the Mejlis Aina Orazova flew to Ankara.")),
            Does.Contain("aina-orazova speaker-of mejlis-of-turkmenistan (stated)"));

    [Test]
    public void Extract_IndianWireAcronym_IsAnOutlet() =>
        Assert.That(ExtractWithGraphData("New Delhi, May 2 (IANS) The ministers met in the capital.").Entities.Single(e => e.Id == "indo-asian-news-service").Kind,
            Is.EqualTo("Outlet"));

    [Test]
    public void Extract_LegislatureOfTheBuiltInList_IsPartOfTheStateItsNameHolds() =>
        Assert.That(Lines(ExtractWithGraphData("The Grand National Assembly of Turkey ratified the protocol in March.")),
            Does.Contain("grand-national-assembly-of-turkey part-of turkey (stated)"));

    [Test]
    public void Extract_CapitalizedPlanInAName_EndsTheWholeDocumentName() =>
        Assert.That(Lines(ExtractWithGraphData("In 2016, Georgia and NATO agreed on a new Annual National Action Plan.")),
            Does.Contain("georgia agreed-on annual-national-action-plan (stated)"));

    [Test]
    public void Extract_StateAgencyOfTheBuiltInList_IsPartOfTheStateItsNameHolds() =>
        Assert.That(Lines(ExtractWithGraphData("The United States Agency for International Development closed its office in Baku.")),
            Does.Contain("united-states-agency-for-international-development part-of united-states (stated)"));

    [Test]
    public void Extract_CommaListOfMinisters_InheritsTheStateOfTheFirstTitle()
    {
        var lines = Lines(ExtractWithGraphData(
            "Kazakh Foreign Minister Dana Nurova, Energy and Water Minister Aslan Beketov, and Trade Minister Erlan Sadykov joined the talks."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("dana-nurova foreign-minister-of kazakhstan (stated)"));
            Assert.That(lines, Does.Contain("aslan-beketov minister-of kazakhstan (stated)"));
            Assert.That(lines, Does.Contain("erlan-sadykov minister-of kazakhstan (stated)"));
        });
    }

    [Test]
    public void Extract_TitleJoinedByAndOnly_DoesNotInheritTheStateBefore() =>
        Assert.That(Lines(ExtractWithGraphData("Kazakh Foreign Minister Dana Nurova and Trade Minister Erlan Sadykov joined the talks.")),
            Has.None.StartsWith("erlan-sadykov minister-of kazakhstan"));

    [Test]
    public void Extract_BodysPortfolioSpokesperson_IsItsSpokesperson() =>
        Assert.That(Lines(ExtractWithGraphData("The EU's foreign affairs spokesperson Lena Varga denied the report on Monday.")),
            Does.Contain("lena-varga spokesperson-of eu (stated)"));

    [Test]
    public void Extract_MoreVerbsOfTheLexicon_GiveTheirConcepts()
    {
        var lines = Lines(ExtractWithGraphData(
            "Uzbekistan and Kyrgyzstan inked the Fergana Water Accord in Osh.",
            "Tajikistan acceded to the Eurasian Economic Union in 2026.",
            "Kyrgyzstan clashed with Tajikistan in 2022.",
            "Armenia collaborated with France on the project."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("uzbekistan signed fergana-water-accord"));
            Assert.That(lines, Has.Some.StartsWith("tajikistan member-of eurasian-economic-union"));
            Assert.That(lines, Has.Some.StartsWith("kyrgyzstan in-conflict-with tajikistan"));
            Assert.That(lines, Has.Some.StartsWith("armenia cooperates-with france"));
        });
    }

    [Test]
    public void Extract_SupportForTheTalksBetweenTwoStates_StatesTheTalks() =>
        Assert.That(Lines(ExtractWithGraphData("Germany supports the ongoing negotiations between Armenia and Azerbaijan.")),
            Does.Contain("armenia negotiates-with azerbaijan (stated)"));

    [Test]
    public void Extract_SupportForTalksWithoutTheArticle_IsOnlyAWish() =>
        Assert.That(Lines(ExtractWithGraphData("Germany supports negotiations between Armenia and Azerbaijan.")),
            Has.None.Contains("negotiates-with"));

    [Test]
    public void Extract_TheyAfterASubjectPair_IsThePair()
    {
        var lines = Lines(ExtractWithGraphData("Armenia and Georgia held talks in Tbilisi. They signed the Kura River Declaration."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("armenia signed kura-river-declaration"));
            Assert.That(lines, Has.Some.StartsWith("georgia signed kura-river-declaration"));
        });
    }

    [Test]
    public void Extract_TheyAfterAnObjectPair_StaysUnresolved() =>
        Assert.That(Lines(ExtractWithGraphData("Russia warned Armenia and Georgia in May. They signed the Kura River Declaration.")),
            Has.None.Contains(" signed "));

    [Test]
    public void Extract_VerbAfterARelativeClause_TakesTheClausesAntecedent()
    {
        var lines = Lines(ExtractWithGraphData("Pashinyan, who visited Paris in May, criticized Russia."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("nikol-pashinyan criticized russia"));
            Assert.That(lines, Has.None.StartsWith("france criticized"));
        });
    }

    [Test]
    public void Extract_NumberedCouncilOfHeadsOfState_IsAGatheringOneAttends() =>
        Assert.That(Lines(ExtractWithGraphData("Tokayev flew to Minsk to attend the 30th Council of Heads of State of the Eurasian Economic Union.")),
            Has.Some.StartsWith("kassym-jomart-tokayev participant-in 30th-council-of-heads-of-state"));

    [Test]
    public void Extract_VerbAfterAParticipialPhrase_TakesTheNameBeforeThePhrase()
    {
        var lines = Lines(ExtractWithGraphData("Pashinyan, speaking in Brussels alongside Macron, criticized Russia."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("nikol-pashinyan criticized russia"));
            Assert.That(lines, Has.None.StartsWith("emmanuel-macron criticized"));
        });
    }

    [Test]
    public void Extract_ObjectListStopsAtAVerbAfterAComma() =>
        Assert.That(Lines(ExtractWithGraphData("Azerbaijan hosted COP29, met Blinken and signed nothing.")),
            Has.None.StartsWith("azerbaijan hosted antony-blinken"));

    [Test]
    public void Extract_ActorlessSanctionsInAnArticleAboutOneState_AreNotThatStates() =>
        Assert.That(Lines(ExtractWithGraphData(
                "Turkey buys Russian gas. Turkey sells drones to Ukraine. Turkey hosts talks in Istanbul.",
                "The sanctions on Russia hurt exporters.")),
            Has.None.StartsWith("turkey sanctioned"));

    [Test]
    public void Extract_FrontedCallWithAPartner_IsAStatedPhoneCall() =>
        Assert.That(Lines(ExtractWithGraphData("In a call with Blinken, Aliyev said Azerbaijan wants peace.")),
            Does.Contain("antony-blinken held-phone-call-with ilham-aliyev (stated)"));

    [Test]
    public void Extract_CallForDialogue_IsNoPhoneCall() =>
        Assert.That(Lines(ExtractWithGraphData("Pashinyan repeated his call for dialogue with Azerbaijan.")),
            Has.None.Contains("phone-call"));

    [Test]
    public void Extract_AttributionClosingTheSentence_StillReportsIt() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia left the CSTO, Pashinyan said on Monday.")),
            Does.Contain("armenia withdraws-from csto (reported)"));

    [TestCase("Armenia did not rule out joining the European Union.")]
    [TestCase("Armenia is not ruling out joining the European Union.")]
    [TestCase("Armenia does not exclude joining the European Union.")]
    public void Extract_NotRulingOutAnAct_LeavesItPossible(string sentence) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain("armenia member-of eu (hedged)"));

    [Test]
    public void Extract_RulingOutAnAct_DeniesIt() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia ruled out joining the European Union.")), Does.Contain("armenia member-of eu (denied)"));

    [Test]
    public void Extract_NamedRegionOfAState_IsPartOfIt() =>
        Assert.That(Lines(ExtractWithGraphData("A new checkpoint opened in the Alai region of Kyrgyzstan on Monday.")),
            Does.Contain("alai part-of kyrgyzstan (stated)"));

    [Test]
    public void Extract_ApposedOfficeForABody_IsThatBodysOffice() =>
        Assert.That(Lines(ExtractWithGraphData("Dana Ortiz, the Spokesperson for the European Commission, answered questions.")),
            Does.Contain("dana-ortiz spokesperson-of european-commission (stated)"));

    [Test]
    public void Extract_Headline_IsReadLikeASentence() =>
        Assert.That(Lines(ExtractWithHeadline("Kazakhstan hosts Pashinyan as Astana seeks closer ties", "The visit lasted two days.")),
            Does.Contain("kazakhstan hosted nikol-pashinyan (stated)"));

    [Test]
    public void Extract_HeadlineDriveToJoin_IsAnIntentNotMembership()
    {
        var lines = Lines(ExtractWithHeadline("Azerbaijan presses its drive to join BRICS", "Officials in Baku spoke on Monday."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("azerbaijan member-of brics (hypothetical)"));
            Assert.That(lines, Does.Not.Contain("azerbaijan member-of brics (stated)"));
        });
    }

    [Test]
    public void Extract_SummitOfABodyAndItsNumberedCouncilOfHeads_AreOneGathering()
    {
        var result = ExtractWithGraphData(
            "Erdogan and Pezeshkian talked at the Shanghai Cooperation Organisation summit.",
            "Erdogan went to Qingdao to attend the 30th Council of Heads of State of the Shanghai Cooperation Organisation.");
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Count(e => e.Kind == "Event"), Is.EqualTo(1));
            Assert.That(Lines(result), Does.Contain("recep-tayyip-erdogan participant-in shanghai-cooperation-organisation-summit (stated)"));
        });
    }

    [Test]
    public void Extract_RefusalToJoin_DeniesMembership() =>
        Assert.That(Lines(ExtractWithGraphData("Kazakhstan's refusal to join BRICS surprised the Kremlin.")),
            Does.Contain("kazakhstan member-of brics (denied)"));

    [Test]
    public void Extract_TitleCaseHeadline_IsNotReadForRelations() =>
        Assert.That(Lines(ExtractWithHeadline("Kazakhstan Hosts Pashinyan As Astana Seeks Closer Ties", "The talks lasted two days.")),
            Has.None.StartsWith("kazakhstan hosted"));

    [Test]
    public void Extract_GenericParliamentInATextWithoutArmenia_IsNotArmeniasParliament() =>
        Assert.That(ExtractWithGraphData("Georgian Dream won the vote. Parliament adopted the foreign agents law in May.").Entities.Select(e => e.Id),
            Does.Not.Contain("parliament-of-armenia"));

    [Test]
    public void Extract_GenericParliamentInATextAboutArmenia_IsArmeniasParliament() =>
        Assert.That(ExtractWithGraphData("Armenia held a vote. Parliament adopted the electoral code in May.").Entities.Select(e => e.Id),
            Does.Contain("parliament-of-armenia"));

    [Test]
    public void Extract_ParticipleOfPresenceAfterANoun_DescribesTheNounNotTheSubject()
    {
        var lines = Lines(ExtractWithGraphData("Moscow voiced opposition to the French troops deployed in Armenia."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.StartsWith("russia present-in"));
            Assert.That(lines, Does.Contain("france present-in armenia (stated)"));
        });
    }

    [Test]
    public void Extract_TroopsAStateHasStationedAbroad_AreItsPresence() =>
        Assert.That(Lines(ExtractWithGraphData("Russia has troops stationed in Armenia.")), Does.Contain("russia present-in armenia (stated)"));

    [Test]
    public void Extract_PassiveWithAPossessedSubject_DoesNotActOnThePossessor() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia's bid to join the EU was welcomed by France.")),
            Has.None.StartsWith("france hosted armenia"));

    [Test]
    public void Extract_AcceptedInvitationOfAPossessor_StillNamesTheInviter() =>
        Assert.That(Lines(ExtractWithGraphData("Aliyev's invitation was accepted by Pashinyan.")),
            Does.Contain("ilham-aliyev invited nikol-pashinyan (stated)"));

    [Test]
    public void Extract_MemberListAfterADescriptionWithALeader_BelongsToTheGroup() =>
        Assert.That(Lines(ExtractWithGraphData("The CSTO, led by Russia, includes Armenia and Belarus.")),
            Does.Contain("belarus member-of csto (stated)"));

    [Test]
    public void Extract_GroupInsideAComparison_TakesNoMembers() =>
        Assert.That(Lines(ExtractWithGraphData("The EU, unlike NATO, includes Austria.")),
            Has.None.StartsWith("austria member-of nato"));

    [Test]
    public void Extract_HeadlineSubjectToVisit_IsAPlan() =>
        Assert.That(Lines(ExtractWithHeadline("Lukashenko to visit Armenia next week", "Officials confirmed the dates.")),
            Does.Contain("alexander-lukashenko visited armenia (hypothetical)"));

    [Test]
    public void Extract_HeadsToForTalks_IsAPlanNotAVisitOrTalksDone()
    {
        var lines = Lines(ExtractWithGraphData("Lukashenko heads to Yerevan for talks with Pashinyan."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Not.Contain("alexander-lukashenko visited armenia (stated)"));
            Assert.That(lines, Does.Contain("alexander-lukashenko held-talks-with nikol-pashinyan (hypothetical)"));
        });
    }

    [Test]
    public void Extract_ProposingTheDissolution_IsARequest() =>
        Assert.That(Lines(ExtractWithGraphData("Proposing a swift dissolution of the OSCE Minsk Group, Aliyev called it obsolete.")),
            Does.Contain("ilham-aliyev requested-dissolution-of osce-minsk-group (stated)"));

    [Test]
    public void Extract_TrailingParticipleAfterAReportedClause_IsTheSpeakersOwnAct()
    {
        var lines = Lines(ExtractWithGraphData("Kobakhidze said that Georgia would not apply again before 2030, blaming Brussels."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("irakli-kobakhidze criticized eu (stated)"));
            Assert.That(lines, Has.None.StartsWith("georgia criticized"));
        });
    }

    [Test]
    public void Extract_QuotationAttributedAfterItsClosingMark_IsReportedEvenWhenTheSentenceGoesOn() =>
        Assert.That(Lines(ExtractWithGraphData("“Russia sold drones to Azerbaijan,” Pashinyan told reporters in Yerevan, citing intelligence.")),
            Does.Contain("azerbaijan acquired-arms-from russia (reported)"));
}
