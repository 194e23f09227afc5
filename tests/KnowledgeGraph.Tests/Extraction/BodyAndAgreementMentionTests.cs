using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Named bodies, laws and agreements beyond a capitalized head noun, and their links to the graph, on sentences written for the tests.</summary>
public sealed class BodyAndAgreementMentionTests
{
    private static readonly Lazy<ArticleExtractor> RealGraph = new(() => new ArticleExtractor(Graph.Load(RepositoryPaths.GraphData)));

    /// <summary>Runs the extractor against graph-data, whose agreements and missions test linking.</summary>
    private static ExtractionResult ExtractWithGraphData(params string[] paragraphs) =>
        RealGraph.Value.Extract("A test article about the region\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc");

    [Test]
    public void Extract_AcronymUsedBeforeTheTextSpellsItOut_IsTheSpelledOutBody()
    {
        var r = Extract("The CCTO met in Moscow on Monday.", "The Caspian Coast Trade Organization (CCTO) was founded in 1999.");
        var body = r.Entities.Single(e => e.Name == "Caspian Coast Trade Organization");
        Assert.Multiple(() =>
        {
            Assert.That(body.Kind, Is.EqualTo("Organization"));
            Assert.That(body.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "CCTO", "Caspian Coast Trade Organization", "CCTO" }));
            Assert.That(r.Entities.Count(e => e.IsNew && e.Kind == "Organization"), Is.EqualTo(1));
        });
    }

    [Test]
    public void Extract_BodyOfABodyWithTheInnerAcronym_IsTwoBodies()
    {
        var r = Extract("The Ministerial Council of the Caspian Coast Trade Organization (CCTO) met in Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Caspian Coast Trade Organization").Aliases, Does.Contain("CCTO"));
            Assert.That(r.Entities.Select(e => e.Name), Does.Contain("Ministerial Council"));
        });
    }

    [TestCase("Interfax and the Associated Press reported the talks in Moscow.", "Interfax", "Outlet")]
    [TestCase("Interfax and the Associated Press reported the talks in Moscow.", "Associated Press", "Outlet")]
    [TestCase("Human Rights Watch criticized Moscow.", "Human Rights Watch", "Organization")]
    [TestCase("The IMF lent Georgia money.", "International Monetary Fund", "Organization")]
    [TestCase("The French defense group Thales signed a contract with Moscow.", "Thales", "Organization")]
    public void Extract_WellKnownBodyOrOutletNamedWithoutIntroduction_IsRecognizedWithItsKind(string sentence, string name, string kind) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo(kind));

    [Test]
    public void Extract_WellKnownPartyNamedAfterItsState_IsNoPartOfTheState()
    {
        var r = Extract("Georgian Dream won 89 seats in the Georgian parliament.");
        var party = r.Entities.Single(e => e.Name == "Georgian Dream");
        Assert.Multiple(() =>
        {
            Assert.That(party.Kind, Is.EqualTo("Organization"));
            Assert.That(r.Relations.Where(x => x.Source == party.Id && x.Type == "part-of"), Is.Empty);
        });
    }

    [Test]
    public void Extract_WellKnownBodyOfABody_IsPartOfIt() =>
        Assert.That(Lines(Extract("The Council of the European Union extended the mission in Moscow.")), Does.Contain("council-of-the-european-union part-of european-union (stated)"));

    [Test]
    public void Extract_TwoBodiesWelcomingADeal_AgreedNothingWithEachOther() =>
        Assert.That(Extract("The United Nations and the World Bank welcomed the deal.").Relations, Is.Empty);

    [Test]
    public void Extract_ElectionWithAKindOrADate_IsAnEventMetAgainByAnotherDescription()
    {
        var r = ExtractWithGraphData("The parliamentary elections on October 26 were disputed in Moscow.", "President Salome Zourabichvili refused to recognize the October parliamentary election.");
        var election = r.Entities.Single(e => e.Kind == "Event");
        Assert.Multiple(() =>
        {
            Assert.That(election.Name, Is.EqualTo("parliamentary elections on October 26"));
            Assert.That(election.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "parliamentary elections on October 26", "October parliamentary election" }));
            Assert.That(Lines(r), Does.Contain($"salome-zourabichvili rejected {election.Id} (stated)"));
        });
    }

    [Test]
    public void Extract_ElectionsOfTwoDates_AreTwoEvents() =>
        Assert.That(Extract("Moscow recalled the 2024 parliamentary elections.", "Armenia will hold parliamentary elections in June 2026.").Entities.Count(e => e.Kind == "Event"), Is.EqualTo(2));

    [TestCase("Moscow mentioned the elections.")]
    [TestCase("Moscow said elections matter.")]
    public void Extract_ElectionWithoutKindOrDate_IsNoEvent(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.Kind == "Event"), Is.Empty);

    [Test]
    public void Extract_WarInAState_IsOneEventWithoutStatedPlace()
    {
        var r = Extract("With Russia busy with the war in Ukraine, Azerbaijan acted more boldly.", "Moscow said the Ukraine war goes on.");
        var war = r.Entities.Single(e => e.Kind == "Event");
        Assert.Multiple(() =>
        {
            Assert.That(war.Name, Is.EqualTo("war in Ukraine"));
            Assert.That(r.Relations.Where(x => x.Source == war.Id || x.Target == war.Id), Is.Empty);
        });
    }

    [TestCase("Papikian and Lecornu then signed a “letter of intent” on arms.", "letter of intent")]
    [TestCase("Armenia and Iran signed a memorandum of understanding on energy cooperation.", "memorandum of understanding on energy cooperation")]
    [TestCase("Armenia signed a new defense agreement with India.", "defense agreement")]
    [TestCase("Thales signed with Armenia a contract for the supply of radars during the visit.", "contract for the supply of radars")]
    public void Extract_LowercaseDocumentASigningVerbTakes_IsAnAgreementNamedByItsWords(string sentence, string name)
    {
        var r = ExtractWithGraphData(sentence);
        var document = r.Entities.Single(e => e.Kind == "Agreement" && e.IsNew);
        Assert.Multiple(() =>
        {
            Assert.That(document.Name, Is.EqualTo(name));
            Assert.That(r.Relations.Where(x => x.Type == "signed" && x.Target == document.Id), Is.Not.Empty);
        });
    }

    [TestCase("Turkey signed a deal.")]
    [TestCase("Armenia signed a contract for three GM200 radars.")]
    public void Extract_BareDocumentOrOneHoldingANamedThing_IsNoNewAgreement(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Where(e => e.Kind == "Agreement" && e.IsNew), Is.Empty);

    [TestCase("The Armenian army received radars from France.", "Armenian army")]
    [TestCase("Russian investigators said six men were arrested.", "Russian investigators")]
    public void Extract_DemonymBeforeAnArmyOrAService_IsABody(string sentence, string name) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Organization"));

    [Test]
    public void Extract_ArmyUsedAsAnAdjective_IsNoBody() =>
        Assert.That(ExtractWithGraphData("A French army adviser will be deployed in Armenia.").Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);

    [TestCase("Putin hosted an informal meeting of CIS leaders in Moscow.", "informal meeting of CIS leaders", "vladimir-putin hosted informal-meeting-of-cis-leaders (stated)")]
    [TestCase("Aliyev attended the second session of the Azerbaijan-Kazakhstan Supreme Interstate Council.", "second session of the Azerbaijan-Kazakhstan Supreme Interstate Council", null)]
    [TestCase("The inauguration of Mikheil Kavelashvili took place in Moscow.", "inauguration of Mikheil Kavelashvili", null)]
    public void Extract_LowercaseEventOfANamedBodyOrPerson_IsAnEventNamedByThePhrase(string sentence, string name, string? line)
    {
        var r = ExtractWithGraphData(sentence);
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Kind == "Event").Name, Is.EqualTo(name));
            if (line is not null)
            {
                Assert.That(Lines(r), Does.Contain(line));
            }
        });
    }

    [TestCase("The meeting of the two leaders was short.")]
    [TestCase("The session of parliament was short.")]
    public void Extract_EventOfNoName_IsNoEvent(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Where(e => e.Kind == "Event"), Is.Empty);

    [Test]
    public void Extract_AcronymSpellingTheOfPart_KeepsTheWholeName() =>
        Assert.That(Extract("The Armenian Assembly of Russia (AAR) met in Moscow.").Entities.Select(e => e.Name), Does.Contain("Armenian Assembly of Russia"));

    [Test]
    public void Extract_UndefinedAcronymUsedAsABody_IsABody() =>
        Assert.That(Extract("The statement of the SNB surprised Moscow.").Entities.Single(e => e.Name == "SNB").Kind, Is.EqualTo("Organization"));

    [TestCase("Armenia's GDP grew in Moscow's view.")]
    [TestCase("The talks started at 4:00 PM CDT in Moscow.")]
    public void Extract_AcronymsThatNameNoBody_MakeNoBody(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);

    [Test]
    public void Extract_AcronymMetBeforeItsBody_IsOneBody()
    {
        var r = Extract("The CTA crash shocked Moscow.", "A Caspian Trans Airlines jet crashed near Moscow.");
        var body = r.Entities.Single(e => e.Kind == "Organization" && e.IsNew);
        Assert.That(body.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "CTA", "Caspian Trans Airlines" }));
    }

    [Test]
    public void Extract_NameBeforeALowercaseBodyNoun_IsABodyAndNoPartOfTheState()
    {
        var r = Extract("The ruling Armenian Spring party won the vote in Moscow.");
        var party = r.Entities.Single(e => e.Name == "Armenian Spring");
        Assert.Multiple(() =>
        {
            Assert.That(party.Kind, Is.EqualTo("Organization"));
            Assert.That(r.Relations.Where(x => x.Source == party.Id), Is.Empty);
        });
    }

    [TestCase("The Government of Azerbaijan rejected the claims.", "Government of Azerbaijan")]
    [TestCase("The EU Mission in Armenia patrols the border.", "EU Mission in Armenia")]
    [TestCase("The Russian Embassy in Azerbaijan issued a statement.", "Russian Embassy in Azerbaijan")]
    public void Extract_InstitutionOfAStateAndSeatedBodies_KeepTheirPlace(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Organization"));

    [Test]
    public void Extract_MonthBeforeABody_IsNoPartOfItsName()
    {
        var names = Extract("On 30 November the Russian Foreign Ministry issued a statement.").Entities.Select(e => e.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("Russian Foreign Ministry"));
            Assert.That(names.Any(n => n.Contains("November", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void Extract_StatesOwnBodiesByPossessive_AreOneBodyPerState()
    {
        var r = Extract("Armenia's Foreign Ministry and Azerbaijan's Foreign Ministry issued statements.", "The Azerbaijani Foreign Ministry added details.");
        var names = r.Entities.Where(e => e.IsNew && e.Kind == "Organization").Select(e => e.Name).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "Foreign Ministry of Armenia", "Foreign Ministry of Azerbaijan" }));
    }

    [Test]
    public void Extract_MissionOfAKnownBodyWithTheSameHead_LinksTheGraphBody()
    {
        var r = ExtractWithGraphData("The EU Mission to Armenia patrols the border.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Id == "eu-observation-mission").Mentions.Single().Text, Is.EqualTo("EU Mission to Armenia"));
            Assert.That(r.Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);
        });
    }

    [Test]
    public void Extract_MissionWithAModifierTheGraphBodyLacks_IsNew() =>
        Assert.That(ExtractWithGraphData("The EU Monitoring Mission to Armenia patrols the border.").Entities.Single(e => e.Name == "EU Monitoring Mission to Armenia").IsNew, Is.True);

    [Test]
    public void Extract_StatesBodyWrittenWithItsOwner_LinksTheGraphBodyOfAnotherForm() =>
        Assert.That(ExtractWithGraphData("Armenia's Foreign Ministry issued a statement.").Entities.Select(e => e.Id), Does.Contain("armenian-foreign-ministry"));

    [Test]
    public void Extract_LawSection_IsAnAgreementWithItsShortAlias()
    {
        var r = Extract("Section 12 of the Caspian Trade Act bars aid to Azerbaijan.", "Congress may repeal Section 12 later.");
        var law = r.Entities.Single(e => e.Name == "Section 12 of the Caspian Trade Act");
        Assert.Multiple(() =>
        {
            Assert.That(law.Kind, Is.EqualTo("Agreement"));
            Assert.That(law.Aliases, Does.Contain("Section 12"));
            Assert.That(law.Mentions, Has.Length.EqualTo(2));
        });
    }

    [TestCase("Washington issued Executive Order 14100 against Moscow.", "Executive Order 14100")]
    [TestCase("Parliament adopted the law on media transparency in May.", "law on media transparency")]
    [TestCase("The Azerbaijani constitution was amended.", "Constitution of Azerbaijan")]
    public void Extract_LawsOrdersAndConstitutions_AreAgreements(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Agreement"));

    [Test]
    public void Extract_GenericPhraseOfAKnownAgreement_LinksWhenTheDocumentsStatesAreItsParties()
    {
        var r = ExtractWithGraphData("Armenia and Azerbaijan held talks in Moscow.", "Azerbaijan and Armenia met again in May.", "Officials said a full-fledged peace treaty was close.");
        var treaty = r.Entities.Single(e => e.Id == "armenia-azerbaijan-peace-treaty");
        Assert.Multiple(() =>
        {
            Assert.That(treaty.Mentions.Single().Text, Is.EqualTo("peace treaty"));
            Assert.That(r.Relations.Where(x => x.Target == treaty.Id && x.Type == "party-to"), Is.Empty, "the text names no party of it");
        });
    }

    [Test]
    public void Extract_GenericPhraseWithOtherStatesNamed_DoesNotLink() =>
        Assert.That(ExtractWithGraphData("Armenia and Azerbaijan held talks.", "Armenia and Azerbaijan met again.", "Russia and Turkey discussed a peace treaty.").Entities.Select(e => e.Id),
            Does.Not.Contain("armenia-azerbaijan-peace-treaty"));

    [Test]
    public void Extract_OfficialTitleOfAKnownAgreement_LinksWithItsParties()
    {
        var r = ExtractWithGraphData("Armenia and Azerbaijan initialled the Treaty on Peace and Good Neighbourliness in Moscow.");
        Assert.That(r.Entities.Single(e => e.Id == "armenia-azerbaijan-peace-treaty").Mentions.Single().Text, Is.EqualTo("Treaty on Peace and Good Neighbourliness"));
    }

    [Test]
    public void Extract_KnownAgreementBetweenOtherStates_DoesNotLink() =>
        Assert.That(ExtractWithGraphData("Russia signed the peace treaty between Russia and Turkey.").Entities.Select(e => e.Id), Does.Not.Contain("armenia-azerbaijan-peace-treaty"));

    [Test]
    public void Extract_BodyOfAnotherNamedBody_IsTwoBodies()
    {
        var names = Extract("The head of the Lori Diocese of the Armenian Holy Church spoke in Moscow.").Entities.Select(e => e.Name).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "Lori Diocese", "Armenian Holy Church" }));
    }

    [Test]
    public void Extract_GovernmentsInTheFormulaOfADocument_AreTheStates()
    {
        var r = Extract("The charter between the Government of Armenia and the Government of Azerbaijan was signed in Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);
            Assert.That(r.Entities.Single(e => e.Id == "armenia").Mentions.Single().Text, Is.EqualTo("Government of Armenia"));
        });
    }

    [Test]
    public void Extract_BodyNamedWithAKnownAcronymOrItsLongForm_IsOneBody()
    {
        var r = Extract("The EU Council met in Moscow.", "The European Union Council later issued a statement.");
        Assert.That(r.Entities.Where(e => e.IsNew && e.Kind == "Organization").Select(e => e.Mentions.Length), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Extract_ForeignMinistryOfAState_HasTheMinistryOfForeignAffairsForm() =>
        Assert.That(Extract("Azerbaijan's Foreign Ministry issued a statement.").Entities.Single(e => e.Name == "Foreign Ministry of Azerbaijan").Aliases,
            Does.Contain("Ministry of Foreign Affairs of Azerbaijan"));

    [Test]
    public void Extract_BodyNamedByItsPurpose_KeepsTheToPart() =>
        Assert.That(Extract("Armenia joined the Caspian Coalition to Protect Fisheries in Moscow.").Entities.Select(e => e.Name), Does.Contain("Caspian Coalition to Protect Fisheries"));

    [Test]
    public void Extract_HeadlineNameOfABodyTheGraphKnowsByTheAcronymSpelledOutLater_LinksTheGraphBody()
    {
        var r = ExtractWithGraphData("Council extends the EU Mission to Armenia", "The EU Mission in Armenia (EUMA) patrols the border.");
        Assert.That(r.Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);
    }

    [Test]
    public void Extract_BodiesOfNoStateAndPurposeNames_CarryNoNameRelations()
    {
        var r = Extract("An Armenian Trans Airlines jet landed in Moscow.", "Armenia joined the Caspian Coalition to Protect Azerbaijan.");
        Assert.That(r.Relations.Where(x => x.Rule.StartsWith("name-", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("The Caspian Parliament on Thursday adopted a resolution.", "Caspian Parliament")]
    [TestCase("Moscow – The Caspian Commission on Wednesday recommended talks.", "Caspian Commission")]
    [TestCase("Leaders gathered in Moscow for the Caspian Political Community.", "Caspian Political Community")]
    public void Extract_WeekdaysDashesAndPlacesAroundABody_AreNoPartOfItsName(string sentence, string name)
    {
        var names = Extract(sentence).Entities.Where(e => e.IsNew).Select(e => e.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain(name));
            Assert.That(names.Where(n => n != name && n.Contains(name, StringComparison.Ordinal)), Is.Empty);
            Assert.That(names.Where(n => n.Contains("day", StringComparison.Ordinal) || n.StartsWith("Moscow", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [TestCase("The Armenia-Russia border commission met in Moscow.", "Armenia-Russia border commission", "Organization")]
    [TestCase("Armenia-Azerbaijan peace negotiations resumed in Moscow.", "Armenia-Azerbaijan peace negotiations", "Event")]
    [TestCase("The Iran–Israel conflict worried Moscow.", "Iran–Israel conflict", "Event")]
    [TestCase("Moscow praised the U.S.-Armenian joint venture.", "U.S.-Armenian joint venture", "Organization")]
    public void Extract_PartiesJoinedBeforeALowercaseHead_NameAnEntityOfTheHeadsKind(string sentence, string name, string kind) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo(kind));

    [Test]
    public void Extract_StatesJoinedInAnEventsName_StayTheEndsOfTheTriggerEndingIt()
    {
        var r = Extract("The Russia–Azerbaijan conflict worried Armenia.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Russia–Azerbaijan conflict").Kind, Is.EqualTo("Event"));
            Assert.That(Lines(r), Does.Contain("azerbaijan in-conflict-with russia (stated)"));
            Assert.That(r.Entities.Select(e => e.Id), Is.SupersetOf(new[] { "russia", "azerbaijan" }), "the parts are mentions of the states too");
        });
    }

    [TestCase("The largest Armenian-American lobby group criticized Moscow.")]
    [TestCase("Any Armenian-Azerbaijani transport deal should be fair, Moscow said.")]
    [TestCase("The Armenia-Russia relations improved in May.")]
    public void Extract_PartiesJoinedBeforeNoEntitysHead_MakeNoEntity(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.IsNew && e.Kind is "Organization" or "Agreement" or "Event"), Is.Empty);

    [TestCase("Armenia signed the LOTUS contract in Moscow.", "LOTUS contract", "Agreement")]
    [TestCase("Parliament passed the EU membership bill on Monday.", "EU membership bill", "Agreement")]
    [TestCase("Armenia joined the Eagle Partner exercises in May.", "Eagle Partner exercises", "Event")]
    public void Extract_NameBeforeALowercaseDocumentOrEventNoun_IsADescribedEntity(string sentence, string name, string kind) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo(kind));

    [TestCase("Under EU law, Armenia must act.")]
    [TestCase("Russia talks with Armenia went well.")]
    public void Extract_KnownNameBeforeAGenericNoun_MakesNoDocumentOrEvent(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.IsNew && e.Kind is "Agreement" or "Event"), Is.Empty);

    [Test]
    public void Extract_BodysSummit_IsAnEventWithItsPlaceAndTheBody()
    {
        var r = Extract("Putin attended the Caspian Trade Organization summit in Moscow.");
        var summit = r.Entities.Single(e => e.Name == "Caspian Trade Organization summit");
        Assert.Multiple(() =>
        {
            Assert.That(summit.Kind, Is.EqualTo("Event"));
            Assert.That(summit.Aliases, Does.Contain("Caspian Trade Organization summit in Moscow"));
            Assert.That(r.Entities.Single(e => e.Name == "Caspian Trade Organization").Kind, Is.EqualTo("Organization"));
        });
    }

    [Test]
    public void Extract_AcronymBeforeAnEvent_IsABodyToo()
    {
        var r = Extract("The ZQA plane crash shocked Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "ZQA plane crash").Kind, Is.EqualTo("Event"));
            Assert.That(r.Entities.Single(e => e.Name == "ZQA").Kind, Is.EqualTo("Organization"));
        });
    }

    [Test]
    public void Extract_DatedEvent_IsAnEvent() =>
        Assert.That(Extract("Leaders met at the Aug. 8 trilateral summit in Moscow.").Entities.Single(e => e.Name == "Aug. 8 trilateral summit").Kind, Is.EqualTo("Event"));

    [Test]
    public void Extract_DatedEventTheGraphHas_LinksTheGraphEventWithoutItsNamesParties()
    {
        var r = ExtractWithGraphData("In 2025, Pashinyan flew home after the Aug. 8 trilateral summit.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Select(e => e.Id), Does.Contain("washington-summit-2025-08-08"));
            Assert.That(r.Relations.Where(x => x.Target == "washington-summit-2025-08-08" && x.Rule.StartsWith("name-", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void Extract_DatedEventOfAnotherYear_IsNew() =>
        Assert.That(ExtractWithGraphData("In 2019, Pashinyan flew home after the Aug. 8 trilateral summit.").Entities.Select(e => e.Id), Does.Not.Contain("washington-summit-2025-08-08"));

    [TestCase("In 2025 Pashinyan flew home after the Washington summit.", "washington-summit-2025-08-08")]
    [TestCase("The Nagorno-Karabakh conflict dominated the talks.", "armenia-azerbaijan-conflict")]
    public void Extract_DescribedEventTheGraphHas_LinksTheGraphEvent(string sentence, string id) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Where(e => e.Kind == "Event").Select(e => e.Id), Is.EqualTo(new[] { id }));

    [Test]
    public void Extract_DescribedEventThatTheGraphsEventSetsApartByAnOrdinal_IsNew() =>
        Assert.That(ExtractWithGraphData("The Karabakh war ended long ago.").Entities.Select(e => e.Id), Does.Not.Contain("second-karabakh-war"));

    [Test]
    public void Extract_LowercaseLawNamedByItsSubject_IsAnAgreementAlsoKnownAsLawOn()
    {
        var law = Extract("Georgia's parliament adopted the foreign influence law in May.").Entities.Single(e => e.Name == "foreign influence law");
        Assert.Multiple(() =>
        {
            Assert.That(law.Kind, Is.EqualTo("Agreement"));
            Assert.That(law.Aliases, Does.Contain("law on foreign influence"));
        });
    }

    [TestCase("The new law and international law apply in Moscow.")]
    [TestCase("Moscow said the electoral law was fair.")]
    [TestCase("They reached an agreement on several issues in Moscow.")]
    public void Extract_GenericLawsAndTopics_MakeNoAgreement(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.IsNew && e.Kind == "Agreement"), Is.Empty);

    [Test]
    public void Extract_AgreementOnALowercaseTopic_IsAnAgreement() =>
        Assert.That(Extract("Armenia and Russia signed an agreement on military-technical cooperation.").Entities.Single(e => e.Name == "agreement on military-technical cooperation").Kind,
            Is.EqualTo("Agreement"));

    [TestCase("Russian border guards left Armenia in May.", "Russian border guards", "MilitaryUnit")]
    [TestCase("Armenia blamed Russian intelligence services.", "Russian intelligence services", "Organization")]
    public void Extract_DemonymBeforeAService_IsABodyOfItsOwn(string sentence, string name, string kind) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo(kind));

    [Test]
    public void Extract_DemonymBeforeForces_StandsForTheState() =>
        Assert.That(Extract("Russian forces stayed in Armenia.").Entities.Where(e => e.IsNew), Is.Empty);

    [TestCase("A deputy of the opposition faction “Homeland” spoke in Moscow.", "opposition faction “Homeland”")]
    [TestCase("The “Mother Armenia” movement protested in Moscow.", "Mother Armenia")]
    public void Extract_PartyNamedInQuotesBesideABodyNoun_IsABody(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Organization"));

    [Test]
    public void Extract_UnknownAcronymBeforeAStatesName_IsACompanyAndNoPartOfTheState()
    {
        var r = Extract("Armenia bought howitzers from ZXTR France in May.");
        var company = r.Entities.Single(e => e.Name == "ZXTR France");
        Assert.Multiple(() =>
        {
            Assert.That(company.Kind, Is.EqualTo("Organization"));
            Assert.That(r.Relations.Where(x => x.Source == company.Id && x.Type == "part-of"), Is.Empty);
        });
    }

    [Test]
    public void Extract_PartiesByRulingOrByTheirLawmakers_AreBodies()
    {
        var names = Extract("The ruling Civil Accord won in Moscow, and Bright Path lawmakers protested.").Entities.Where(e => e.IsNew).Select(e => e.Name).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "Civil Accord", "Bright Path" }));
    }

    [TestCase("The ruling was appealed in Moscow.")]
    [TestCase("Armenian lawmakers protested in Moscow.")]
    public void Extract_RulingOrLawmakersWithoutAPartysName_MakeNoBody(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);

    [Test]
    public void Extract_LowercaseGovernmentOfAStateAsActor_IsTheStatesGovernment()
    {
        var government = Extract("The government of Armenia announced new talks.").Entities.Single(e => e.Name == "Government of Armenia");
        Assert.That(government.Aliases, Does.Contain("government of Armenia"));
    }

    [Test]
    public void Extract_LowercaseGovernmentAfterAPreposition_StandsForTheState() =>
        Assert.That(Extract("Moscow stopped aid to the government of Azerbaijan.").Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);

    [Test]
    public void Extract_OfficeOfATitle_IsABodyAndTheTitleStillIntroducesTheName()
    {
        var r = Extract("The Office of the Deputy Prime Minister Tigran Avinyan issued a statement.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Office of the Deputy Prime Minister").Kind, Is.EqualTo("Organization"));
            Assert.That(r.Entities.Single(e => e.Name == "Tigran Avinyan").Kind, Is.EqualTo("Official"));
        });
    }

    [Test]
    public void Extract_PersonsOffice_IsOneBodyWhereverItIsNamed()
    {
        var r = Extract("Putin's office denied the report.", "Later, Putin's office confirmed it.");
        var office = r.Entities.Single(e => e.Kind == "Organization" && e.IsNew);
        Assert.Multiple(() =>
        {
            Assert.That(office.Name, Is.EqualTo("Putin's office"));
            Assert.That(office.Mentions, Has.Length.EqualTo(2));
            Assert.That(r.Entities.Single(e => e.Id == "vladimir-putin").Mentions, Has.Length.EqualTo(2), "the person is still named");
        });
    }

    [Test]
    public void Extract_StatesNationalAssemblyUnderTheRepublicsAcronym_LinksTheGraphsParliament() =>
        Assert.That(ExtractWithGraphData("Armenia and Azerbaijan met in May.", "Armenia said the RA National Assembly would vote.").Entities.Single(e => e.Kind == "Organization").Id,
            Is.EqualTo("parliament-of-armenia"));

    [Test]
    public void Extract_NewConstitutionOfAState_LinksTheGraphsDraftNotTheConstitutionInForce()
    {
        var r = ExtractWithGraphData("The new Armenian constitution will be put to a vote.", "The Georgian constitution was cited.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Select(e => e.Id), Does.Contain("armenia-draft-constitution"));
            Assert.That(r.Entities.Single(e => e.Name == "Constitution of Georgia").IsNew, Is.True);
        });
    }

    [Test]
    public void Extract_AcronymOfABodyNamedBefore_IsThatBody()
    {
        var r = Extract("Moscow said Armenia must choose between the EU and the Eurasian Economic Union.", "Officials said the EEU would respond.");
        var union = r.Entities.Single(e => e.Name == "Eurasian Economic Union");
        Assert.Multiple(() =>
        {
            Assert.That(union.Aliases, Does.Contain("EEU"));
            Assert.That(r.Entities.Where(e => e.Name == "EEU"), Is.Empty);
        });
    }

    [TestCase("Baku demands changes to Armenia's Constitution.", "Armenia's Constitution")]
    [TestCase("Baku demands changes to the Armenian constitution.", "Armenian constitution")]
    [TestCase("Baku demands changes to the constitution of Armenia.", "constitution of Armenia")]
    public void Extract_AStatesConstitution_IsTheDocumentConstitutionOfThatState(string sentence, string mention)
    {
        var constitution = Extract(sentence).Entities.Single(e => e.Name == "Constitution of Armenia");
        Assert.Multiple(() =>
        {
            Assert.That(constitution.Kind, Is.EqualTo("Agreement"));
            Assert.That(constitution.Mentions.Select(m => m.Text), Is.EqualTo(new[] { mention }));
        });
    }

    [TestCase("The Armenian parliament approved the bill.")]
    [TestCase("Armenia's parliament approved the bill.")]
    [TestCase("The parliament of Armenia approved the bill.")]
    public void Extract_AStatesParliamentTheGraphKnows_LinksIt(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Select(e => e.Id),
            Does.Contain("parliament-of-armenia").And.None.StartsWith("parliament-of-armenia-"));

    [Test]
    public void Extract_LowercaseAgreementOnATopicInQuotes_IsAnAgreement() =>
        Assert.That(Extract("The two ministers signed an “agreement on military-technical cooperation” in Paris.").Entities
            .Single(e => e.Name == "agreement on military-technical cooperation").Kind, Is.EqualTo("Agreement"));

    [Test]
    public void Extract_NumberedAcronymBeforeAnEventNoun_IsTheEventAndItsShortName()
    {
        var r = ExtractWithGraphData("Baku hosted the COP29 climate conference in November 2024.", "Olaf Scholz could not attend COP29 in Baku.");
        var conference = r.Entities.Single(e => e.Name == "COP29 climate conference");
        Assert.Multiple(() =>
        {
            Assert.That(conference.Kind, Is.EqualTo("Event"));
            Assert.That(conference.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "COP29 climate conference", "COP29" }));
            Assert.That(r.Entities.Where(e => e.Name == "COP29"), Is.Empty);
            // Where the conference was holds although Scholz did not go: in the city, which is in its state.
            Assert.That(Lines(r), Does.Contain("cop29-climate-conference located-in baku (stated)").And.Contain("baku located-in azerbaijan (stated)")
                .And.Contain("olaf-scholz participant-in cop29-climate-conference (denied)"));
        });
    }
    [Test]
    public void Extract_MeetingWithDescribingWordsInAPlace_IsAnEventThereAndUpcomingMakesItAPlan()
    {
        var r = ExtractWithGraphData("Azerbaijan's parliament pulled out of a planned bilateral meeting in Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Kind == "Event").Name, Is.EqualTo("bilateral meeting in Moscow"));
            Assert.That(Lines(r), Does.Contain("bilateral-meeting-in-moscow located-in moscow (hypothetical)"));
        });
    }

    [Test]
    public void Extract_EventHeldInACapital_IsInTheCity() =>
        Assert.That(Lines(ExtractWithGraphData("The ninth trilateral meeting was held in Baku.")), Does.Contain("ninth-trilateral-meeting located-in baku (stated)"));

    [TestCase("Aliyev and Pashinyan held a meeting in Abu Dhabi.")]
    [TestCase("The meeting was useful.")]
    public void Extract_MeetingWithoutDescribingWords_IsNoEvent(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Where(e => e.Kind == "Event"), Is.Empty);
    [Test]
    public void Extract_CompaniesJoinedByAnd_AreTwoBodiesAndTheirLowercaseContractADocument()
    {
        var r = ExtractWithGraphData("Hindustan Aeronautics Limited and Rosatom signed a gas supply agreement.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Where(e => e.Kind == "Organization").Select(e => e.Name), Is.SupersetOf(new[] { "Hindustan Aeronautics Limited", "Rosatom" }));
            Assert.That(Lines(r), Does.Contain("hindustan-aeronautics-limited signed gas-supply-agreement (stated)"));
        });
    }

    [TestCase("The French embassy in Baku issued a statement.", "French embassy in Baku")]
    [TestCase("Armenian intelligence warned of an attack.", "Armenian intelligence")]
    public void Extract_DemonymBeforeAnEmbassyOrIntelligence_IsABody(string sentence, string name) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Organization"));

    [Test]
    public void Extract_MilitaryAndArmyOfOneDemonym_AreOneBody()
    {
        var r = ExtractWithGraphData("The Armenian military left the village.", "The Armenian army returned a week later.");
        Assert.That(r.Entities.Where(e => e.Kind == "Organization").Select(e => e.Name), Is.EqualTo(new[] { "Armenian army" }));
    }
    [Test]
    public void Extract_CapitalizedSummitOfABody_IsAnEventWithItsOrdinal() =>
        Assert.That(ExtractWithGraphData("Leaders gathered for the 12th Summit of the Organization of Turkic States.").Entities
            .Single(e => e.Name == "12th Summit of the Organization of Turkic States").Kind, Is.EqualTo("Event"));
    [Test]
    public void Extract_TheSummitLater_IsTheSummitNamedBefore()
    {
        var r = ExtractWithGraphData("Gabala hosted the 12th informal summit of the Organization of Turkic States.", "Recep Tayyip Erdogan attended the summit.");
        Assert.That(Lines(r), Does.Contain("recep-tayyip-erdogan participant-in 12th-informal-summit-of-the-organization-of-turkic-states (stated)"));
    }
    [Test]
    public void Extract_ThisWeeksSummitOfABody_IsAnEventTheNegatedVerbDenies() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia will not take part in this week's summit of the Caspian Council in Aktau.")),
            Does.Contain("armenia participant-in summit-of-the-caspian-council (denied)"));

    [Test]
    public void Extract_CeremonyInThePresenceOfLeaders_PlacesItAndMakesThemParticipants()
    {
        var lines = Lines(ExtractWithGraphData(
            "On May 4, a solemn signing ceremony of the Caspian Transit Agreement between Kazakhstan and Azerbaijan took place in Baku in the presence of Ilham Aliyev and Kassym-Jomart Tokayev."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("signing-ceremony-of-the-caspian-transit-agreement located-in baku (stated)"));
            Assert.That(lines, Does.Contain("ilham-aliyev participant-in signing-ceremony-of-the-caspian-transit-agreement (stated)"));
            Assert.That(lines, Does.Contain("kassym-jomart-tokayev participant-in signing-ceremony-of-the-caspian-transit-agreement (stated)"));
        });
    }
    [TestCase("Kyrgyzstan and Tajikistan signed a treaty on the state border.", "treaty on the state border")]
    [TestCase("The two leaders adopted a joint declaration on strategic partnership.", "joint declaration on strategic partnership")]
    [TestCase("A new border treaty was signed in January.", "border treaty")]
    public void Extract_LowercaseDocumentSignedAdoptedOrAPassiveSubject_IsANewAgreement(string sentence, string name) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Single(e => e.Kind == "Agreement").Name, Is.EqualTo(name));

    [Test]
    public void Extract_DescribedFormOfAGraphAgreement_IsNoNewAgreement() =>
        Assert.That(ExtractWithGraphData("Armenia and Azerbaijan will sign a permanent peace agreement.").Entities.Where(e => e.Kind == "Agreement" && e.IsNew), Is.Empty);
    [TestCase("The Ministry of Foreign Affairs of Uzbekistan issued a statement.", "Ministry of Foreign Affairs of Uzbekistan")]
    [TestCase("Uzbekistan's foreign ministry issued a statement.", "Foreign Ministry of Uzbekistan")]
    [TestCase("The Kazakh defence ministry issued a statement.", "Defence Ministry of Kazakhstan")]
    public void Extract_AStatesMinistry_IsNamedWithItsState(string sentence, string name) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Single(e => e.Kind == "Organization").Name, Is.EqualTo(name));
}
