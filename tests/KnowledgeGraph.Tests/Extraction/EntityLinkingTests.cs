using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Gazetteer linking and new entity candidates, on sentences written for the tests.</summary>
public sealed class EntityLinkingTests
{
    [Test]
    public void Extract_TransliterationAndAccents_LinkToTheGraphEntity()
    {
        var r = Extract("Prime Minister Pashinian spoke in parliament on Tuesday.", "Officials from Türkiye and the Russian Federation attended.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Id == "nikol-pashinyan").Mentions[0].Text, Is.EqualTo("Pashinian"));
            Assert.That(r.Entities.Single(e => e.Id == "russia").IsNew, Is.False);
            var turkey = r.Entities.Single(e => e.Name == "Türkiye");
            Assert.That(turkey.IsNew, Is.True, "Türkiye is not in the test graph: it comes from the built-in list of states");
            Assert.That(turkey.IsoAlpha2, Is.EqualTo("TR"));
            Assert.That(turkey.IsoAlpha3, Is.EqualTo("TUR"));
            Assert.That(turkey.Kind, Is.EqualTo("State"));
        });
    }

    [TestCase("Ceyhun Bayramov met Ararat Mirzoyan in Abu Dhabi.", "Ceyhun Bayramov", "jeyhun-bayramov")]
    [TestCase("The route would link Azerbaijan with Nakhichevan through Armenia.", "Nakhichevan", "nakhchivan")]
    [TestCase("Brussels criticized Baku.", "Brussels", "eu")]
    [TestCase("Russia's Foreign Ministry summoned the envoy.", "Foreign Ministry", "russian-foreign-ministry")]
    [TestCase("The Russian Foreign Ministry summoned the envoy.", "Russian Foreign Ministry", "russian-foreign-ministry")]
    [TestCase("Russia's foreign ministry summoned the envoy.", "Russia's foreign ministry", "russian-foreign-ministry")]
    public void Extract_SpellingsOfOtherLanguagesAndBrussels_LinkToTheGraphEntity(string sentence, string text, string id) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Single(e => e.Mentions.Any(m => m.Text == text)).Id, Is.EqualTo(id));

    [TestCase("Armenia and Romania signed a treaty.")]
    public void Extract_ShortNamesSharingConsonants_StayApart(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Select(e => e.Id), Does.Contain("romania"));

    [Test]
    public void Extract_AlternativeStateNames_LinkToOneBuiltInState()
    {
        var r = Extract("Turkey hosted the talks.", "Later, Türkiye hosted them again.");
        var turkey = r.Entities.Where(e => e.IsoAlpha2 == "TR").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(turkey, Has.Count.EqualTo(1));
            Assert.That(turkey[0].Mentions, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Extract_CapitalAfterLocativePreposition_IsThePlaceOtherwiseTheGovernment()
    {
        var r = Extract("The summit took place in Moscow last week.", "The decision pleased Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Id == "moscow").Mentions.Single().Paragraph, Is.EqualTo(2));
            Assert.That(r.Entities.Single(e => e.Id == "russia").Mentions.Single().Paragraph, Is.EqualTo(3));
        });
    }

    [Test]
    public void Extract_LongestMatch_Wins()
    {
        var r = Extract("Observers from the Russian Federation arrived.");
        Assert.That(r.Entities.Single(e => e.Id == "russia").Mentions.Single().Text, Is.EqualTo("Russian Federation"));
    }

    [Test]
    public void Extract_AmbiguousDemonym_IsReportedNotGuessed()
    {
        // "Dominican" is the demonym of both Dominica and the Dominican Republic.
        var r = Extract("A Dominican delegation arrived in Baku.");
        Assert.Multiple(() =>
        {
            Assert.That(r.AmbiguousMentions.Single().Mention.Text, Is.EqualTo("Dominican"));
            Assert.That(r.AmbiguousMentions.Single().Candidates, Has.Length.EqualTo(2));
            Assert.That(r.Entities.Any(e => e.Name.StartsWith("Dominic", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void Extract_TitledPerson_IsANewOfficialWithRoleAndSurnameAlias()
    {
        var r = Extract("Deputy Foreign Minister of Azerbaijan, Elnur Mammadov, visited Moscow.", "Mammadov later returned to Baku.");
        var person = r.Entities.Single(e => e.Name == "Elnur Mammadov");
        Assert.Multiple(() =>
        {
            Assert.That(person.IsNew, Is.True);
            Assert.That(person.Kind, Is.EqualTo("Official"));
            Assert.That(person.Role, Is.EqualTo("Deputy Foreign Minister of Azerbaijan"));
            Assert.That(person.Aliases, Does.Contain("Mammadov"));
            Assert.That(person.Mentions, Has.Length.EqualTo(2));
            Assert.That(person.Rule, Is.EqualTo("titled-person"));
        });
    }

    [Test]
    public void Extract_TitleWithDemonym_GivesTheOfficeRelation()
    {
        var r = Extract("Azerbaijani Deputy Foreign Minister Elnur Mammadov arrived.");
        Assert.That(Lines(r), Does.Contain("elnur-mammadov deputy-foreign-minister-of azerbaijan (stated)"));
    }

    [Test]
    public void Extract_OrganizationByHeadNounWithAcronym_IsANewOrganization()
    {
        var r = Extract("The Caspian Cooperation Council (CCC) met in Baku.", "The CCC issued a statement.");
        var org = r.Entities.Single(e => e.Name == "Caspian Cooperation Council");
        Assert.Multiple(() =>
        {
            Assert.That(org.Kind, Is.EqualTo("Organization"));
            Assert.That(org.Aliases, Does.Contain("CCC"));
            Assert.That(org.Mentions, Has.Length.EqualTo(3));
        });
    }

    [TestCase("The Organization for Trade and Co-operation in Asia (OTCA) met in Moscow.", "Organization for Trade and Co-operation in Asia", "OTCA")]
    [TestCase("Delegates came from the Conference on Peace and Development in Asia (CPDA) to Moscow.", "Conference on Peace and Development in Asia", "CPDA")]
    [TestCase("Armenia, which chairs the Organization for Trade and Co-operation in Asia (OTCA) this year, spoke first.", "Organization for Trade and Co-operation in Asia", "OTCA")]
    public void Extract_HeadFirstBodyName_TakesItsHyphenatedWordsAndInPartWithTheAcronym(string sentence, string name, string acronym)
    {
        var org = Extract(sentence).Entities.Single(e => e.Name == name);
        Assert.Multiple(() =>
        {
            Assert.That(org.Kind, Is.EqualTo("Organization"));
            Assert.That(org.Aliases, Does.Contain(acronym));
        });
    }

    [Test]
    public void Extract_SpelledOutNameBeforeAKnownAcronym_LinksToTheGraphEntity()
    {
        var r = Extract("The Europe Union (EU) met in Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Where(e => e.IsNew && e.Kind == "Organization"), Is.Empty);
            Assert.That(r.Entities.Single(e => e.Id == "european-union").Mentions, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Extract_UntitledNameCoordinatedWithAKnownPerson_IsAPersonOfTheSameKind()
    {
        var r = Extract("A spring meeting between Arman Tovmasyan and Nikol Pashinyan took place in Moscow.");
        var person = r.Entities.Single(e => e.Name == "Arman Tovmasyan");
        Assert.Multiple(() =>
        {
            Assert.That(person.Kind, Is.EqualTo("Official"));
            Assert.That(person.Aliases, Does.Contain("Tovmasyan"));
        });
    }

    [Test]
    public void Extract_DemonymBeforeAMediaNoun_IsNoMentionOfTheState()
    {
        var r = Extract("Putin told a Russian television channel that the talks went well.");
        Assert.That(r.Entities.Select(e => e.Id), Does.Not.Contain("russia"));
    }

    [TestCase("Putin spoke to the news agency Caspian Wire on Monday.", "Caspian Wire")]
    [TestCase("Talks resumed in Moscow, Caspian Wire reports.", "Caspian Wire")]
    public void Extract_NameAfterAMediaNounOrBeforeReports_IsAnOutlet(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Outlet"));

    [Test]
    public void Extract_TitleCaseLine_MakesNoBodyFromItsCapitals() =>
        Assert.That(Extract("Armenia To Lead Talks On Closing The Caspian Group", "Armenia met Azerbaijan.").Entities.Where(e => e.IsNew), Is.Empty);

    [Test]
    public void Gazetteer_NameGluedToItsNumber_MatchesItsSpacedForm()
    {
        var gazetteer = new KnowledgeGraph.Extraction.Gazetteer();
        gazetteer.Add("caspian24", "Caspian24", KnowledgeGraph.Extraction.FormKind.Name);
        var match = gazetteer.MatchAt(KnowledgeGraph.Extraction.Tokenizer.Tokenize("an interview with Caspian 24 today"), 3);
        Assert.That(match?.Count, Is.EqualTo(2));
    }

    [Test]
    public void Skeleton_RussianStyleDzh_IsJ() =>
        Assert.That(KnowledgeGraph.Extraction.TextFold.Skeleton("dzheikhun"), Is.EqualTo(KnowledgeGraph.Extraction.TextFold.Skeleton("jeyhun")));

    [Test]
    public void Extract_KnownSurnameWithTheFirstNameTransliteratedOtherwise_LinksTheKnownPerson()
    {
        var r = Extract("The Kremlin named Vladimir Putin's envoy.", "Officials met Vladymir Putin in Moscow.");
        Assert.That(r.Entities.Where(e => e.Kind is "Person" or "Official").Select(e => e.Id), Is.EqualTo(new[] { "vladimir-putin" }));
    }

    [TestCase("organisation", "organization")]
    [TestCase("recognise", "recognize")]
    public void Skeleton_BritishAndAmericanSpellings_AreTheSame(string british, string american) =>
        Assert.That(KnowledgeGraph.Extraction.TextFold.Skeleton(british), Is.EqualTo(KnowledgeGraph.Extraction.TextFold.Skeleton(american)));

    [TestCase("Armenia and Azerbaijan signed the Joint Declaration in Washington.", "armenia signed washington-joint-declaration-2025-08-08 (stated)")]
    [TestCase("Armenia and Azerbaijan initialed a peace agreement between the two countries.", "azerbaijan initialled armenia-azerbaijan-peace-treaty (stated)")]
    public void Extract_AgreementAfterItsSignersOrBetweenTheirTwoCountries_LinksToTheGraphAgreement(string sentence, string line) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(line));

    [Test]
    public void Extract_BetweenTheTwoCountriesOfAnotherSentence_DoesNotLinkToAnotherPairsAgreement() =>
        Assert.That(ExtractWithGraphData("The memorandum concerns the United States and Azerbaijan. It envisions a group that is to prepare a Charter on Strategic Partnership between the two countries.")
            .Entities.Select(e => e.Id), Does.Not.Contain("armenia-us-strategic-partnership-charter"));

    [TestCase("The Northern Mountain Brigade moved south.", "Northern Mountain Brigade", "MilitaryUnit")]
    [TestCase("Both sides praised the Caspian Transit Agreement.", "Caspian Transit Agreement", "Agreement")]
    [TestCase("Many recalled the First Border War.", "First Border War", "Event")]
    [TestCase("The army bought Falcon air defense systems last year.", "Falcon", "WeaponSystem")]
    public void Extract_HeadNouns_GiveTheKind(string sentence, string name, string kind) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo(kind));

    [Test]
    public void Extract_Citations_GiveOutletAndAuthorEntities()
    {
        var r = Extract("Officials met in Baku.[1]", "[1] Ann Lee, “Officials Meet”, TASS, https://example.org/1, (Access Date: 02.01.2025).");
        Assert.Multiple(() =>
        {
            Assert.That(r.Footnotes.Single().Outlet, Is.EqualTo("TASS"));
            Assert.That(r.Entities.Single(e => e.Id == "tass").IsNew, Is.False);
            Assert.That(r.Entities.Single(e => e.Name == "Ann Lee").Kind, Is.EqualTo("Person"));
        });
    }
}
