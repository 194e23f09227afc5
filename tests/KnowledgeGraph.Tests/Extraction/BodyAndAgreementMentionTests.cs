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
}
