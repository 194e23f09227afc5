using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Persons named without an office title (name shape, person nouns, bylines), lowercase and plural titles, on sentences written for the tests.</summary>
public sealed class PersonMentionTests
{
    [Test]
    public void Extract_DeputyTitleBeforeAName_IntroducesThePersonWhoStillActs()
    {
        var r = ExtractWithGraphData("Ambassador Serdar Kılıç and Deputy Speaker Ruben Rubinyan met in Kars.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Ruben Rubinyan").Role, Is.EqualTo("Deputy Speaker"));
            Assert.That(Lines(r), Does.Contain("ruben-rubinyan held-talks-with serdar-kilic (stated)"));
            Assert.That(r.Relations.Where(x => x.Type.StartsWith("speaker", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [TestCase("Ruben Rubinyan is deputy speaker of the National Assembly of Armenia.")]
    [TestCase("Former President Robert Kocharyan criticized the government of Armenia.")]
    public void Extract_TitleAfterDeputyOrFormer_IsNoOfficeAndNoReferenceToItsHolder(string sentence)
    {
        var r = ExtractWithGraphData(sentence);
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Select(e => e.Id), Does.Not.Contain("alen-simonyan"));
            Assert.That(r.Relations.Where(x => x.Type is "head-of-state-of" or "speaker-of-parliament-of"), Is.Empty);
        });
    }

    [TestCase("Mikheil Kavelashvili was sworn in on Sunday as Georgia's sixth president at a ceremony in Tbilisi.", "mikheil-kavelashvili head-of-state-of georgia (stated)")]
    [TestCase("Salome Zourabichvili was elected as the fifth president of Georgia in 2018.", "salome-zourabichvili head-of-state-of georgia (stated)")]
    [TestCase("Irakli Kobakhidze became Georgia's prime minister in February.", "irakli-kobakhidze head-of-government-of georgia (stated)")]
    [TestCase("Secretary of State Antony Blinken spoke by phone with President Ilham Aliyev.", "antony-blinken foreign-minister-of united-states (stated)")]
    [TestCase("President Putin's spokesperson, Dmitry Peskov, said it was impossible.", "dmitry-peskov spokesperson-of russia (stated)")]
    public void Extract_OfficeGivenByInstallationImpliedStateOrPossessor_IsTheHoldersOffice(string sentence, string line) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(line));

    [TestCase("President Xi Jinping received Ilham Aliyev in Beijing.", "xi-jinping head-of-state-of china (stated)")]
    [TestCase("Foreign Minister Hakan Fidan will travel to Baku.", "hakan-fidan foreign-minister-of turkey (stated)")]
    [TestCase("Russian Foreign Ministry spokesperson Maria Zakharova criticized Armenia.", "maria-zakharova spokesperson-of russian-foreign-ministry (stated)")]
    [TestCase("Russian presidential spokesman Dmitry Peskov said the talks would continue.", "dmitry-peskov spokesperson-of russia (stated)")]
    [TestCase("France has brought back its ambassador to Azerbaijan, Anne Bouillon, to discuss the matter.", "anne-bouillon ambassador-of france (stated)")]
    [TestCase("President of the European Commission Ursula von der Leyen spoke.", "ursula-von-der-leyen leader-of european-commission (stated)")]
    [TestCase("Turkish Energy Minister Alparslan Bayraktar said it.", "alparslan-bayraktar minister-of turkey (stated)")]
    [TestCase("Georgian Dream honorary chairman Bidzina Ivanishvili spoke.", "bidzina-ivanishvili leader-of georgian-dream (stated)")]
    public void Extract_TitleWithoutAState_TakesTheBodyBeforeItOrTheStateAListedHolderServes(string sentence, string line) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(line));

    [Test]
    public void Extract_ListedOfficeHolderBySurnameAlone_IsThatPersonAndActs()
    {
        var r = ExtractWithGraphData("Macron expressed regret over what Azerbaijan had done.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Id == "emmanuel-macron").Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Macron" }));
            Assert.That(Lines(r), Does.Contain("emmanuel-macron criticized azerbaijan (stated)"));
        });
    }

    [TestCase("Miller said the talks went well.")]
    [TestCase("Jean Macron opened a bakery.")]
    public void Extract_CommonOrJoinedSurname_IsNoListedPerson(string sentence) =>
        Assert.That(ExtractWithGraphData(sentence).Entities.Select(e => e.Id), Has.None.EqualTo("matthew-miller").And.None.EqualTo("emmanuel-macron"));

    [Test]
    public void Extract_ListedHolderWithoutATitle_GetsNoOffice() =>
        Assert.That(ExtractWithGraphData("Xi Jinping received Ilham Aliyev in Beijing.").Relations.Where(r => r.Source == "xi-jinping" && r.Target == "china"), Is.Empty);

    [Test]
    public void Extract_TitleAfterAsWithoutAnInstallationVerb_GivesTheSubjectNoOffice() =>
        Assert.That(Lines(ExtractWithGraphData("Mikheil Kavelashvili spoke as Georgia's president watched.")).Where(l => l.Contains("head-of-state-of georgia")), Is.Empty);

    [Test]
    public void Extract_GivenNameAndSurname_IsANewPersonMetAgainBySurname()
    {
        var r = Extract("The talks were chaired by Tigran Avetisyan in Moscow.", "Avetisyan left the city on Monday.");
        var person = r.Entities.Single(e => e.Name == "Tigran Avetisyan");
        Assert.Multiple(() =>
        {
            Assert.That(person.IsNew, Is.True);
            Assert.That(person.Kind, Is.EqualTo("Person"));
            Assert.That(person.Rule, Is.EqualTo("person-name-shape"));
            Assert.That(person.Aliases, Does.Contain("Avetisyan"));
            Assert.That(person.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Tigran Avetisyan", "Avetisyan" }));
        });
    }

    [TestCase("Zorik Melkonyan said the plan was ready.", "Zorik Melkonyan")]
    [TestCase("A letter from Vusal Gasimzade reached Moscow.", "Vusal Gasimzade")]
    [TestCase("Officials met Levan Kobalishvili in Moscow.", "Levan Kobalishvili")]
    public void Extract_SurnameEndingOfTheRegion_IsAPerson(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Person"));

    [Test]
    public void Extract_PersonNounBeforeAName_IsAPersonWhateverTheNameShape()
    {
        var person = Extract("Russian deserter Quorin Plax was detained in Moscow.").Entities.Single(e => e.Name == "Quorin Plax");
        Assert.Multiple(() =>
        {
            Assert.That(person.Kind, Is.EqualTo("Person"));
            Assert.That(person.Rule, Is.EqualTo("person-noun"));
        });
    }

    [Test]
    public void Extract_OfficeNounBeforeAName_IsAnOfficial() =>
        Assert.That(Extract("The EU mission head Quorin Plax visited Moscow.").Entities.Single(e => e.Name == "Quorin Plax").Kind, Is.EqualTo("Official"));

    [Test]
    public void Extract_LowercaseTitleBeforeATwoWordName_IsATitledOfficial()
    {
        var person = Extract("Kremlin spokesman Quorin Plax said the talks went well.").Entities.Single(e => e.Name == "Quorin Plax");
        Assert.Multiple(() =>
        {
            Assert.That(person.Kind, Is.EqualTo("Official"));
            Assert.That(person.Role, Is.EqualTo("spokesman"));
        });
    }

    [Test]
    public void Extract_PluralTitleBeforeCoordinatedNames_GivesTwoOfficials()
    {
        var r = Extract("The border commissions, led by Deputy Prime Ministers Quorin Plax and Dorian Vello, met in Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Quorin Plax").Kind, Is.EqualTo("Official"));
            Assert.That(r.Entities.Single(e => e.Name == "Dorian Vello").Kind, Is.EqualTo("Official"));
        });
    }

    [Test]
    public void Extract_PluralTitleInsideAName_MakesNoPerson() =>
        Assert.That(Extract("He could not attend the World Leaders Climate Action Summit in Moscow.").Entities.Where(e => e.Kind is "Official" or "Person" && e.IsNew), Is.Empty);

    [Test]
    public void Extract_NameWithParticles_IsOnePerson() =>
        Assert.That(Extract("Foreign Minister Khalid bin Saeed Al Mansour arrived in Moscow.").Entities.Select(e => e.Name), Does.Contain("Khalid bin Saeed Al Mansour"));

    [Test]
    public void Extract_HonorificBeforeAName_IsNotPartOfTheName() =>
        Assert.That(Extract("Archbishop Quorin Plax led the protest in Moscow.").Entities.Select(e => e.Name), Does.Contain("Quorin Plax"));

    [TestCase("Lena Marsh Read more")]
    [TestCase("By Lena Marsh")]
    public void Extract_Byline_IsAPerson(string line)
    {
        var person = Extract(line, "Talks resumed in Moscow on Monday.").Entities.Single(e => e.Name == "Lena Marsh");
        Assert.That(person.Rule, Is.EqualTo("byline-person"));
    }

    [TestCase("Only Congress can repeal the provision.")]
    [TestCase("Talks resumed in Moscow on Monday.", "Similar Posts")]
    [TestCase("Domestic Opposition", "The domestic opposition protested in Moscow.")]
    [TestCase("Human Rights Watch said the trial in Moscow was unfair.")]
    [TestCase("But Pashinyan said the talks in Moscow went well.")]
    [TestCase("The Pashinyan-Avetisyan meeting took place in Moscow.")]
    public void Extract_CapitalizedWordsThatAreNoPerson_MakeNoPerson(params string[] paragraphs) =>
        Assert.That(Extract(paragraphs).Entities.Where(e => e.IsNew && e.Kind is "Person" or "Official"), Is.Empty);

    [Test]
    public void Extract_KnownSurnameAfterItsFirstName_LinksTheKnownPerson()
    {
        var r = Extract("Nikol Pashinyan said the talks went well.", "Later Vladimir Putin and Anna Pashinyan arrived in Moscow.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Id == "nikol-pashinyan").Mentions[0].Text, Is.EqualTo("Nikol Pashinyan"));
            Assert.That(r.Entities.Single(e => e.Name == "Anna Pashinyan").IsNew, Is.True, "another first name is another person");
        });
    }

    [Test]
    public void Extract_EnvoyInApposition_IsAPersonAndNoListMember()
    {
        var r = Extract("Russia's envoy to the European Union, Quorin Plax, backed the plan.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Quorin Plax").Kind, Is.EqualTo("Official"));
            Assert.That(r.Relations.Where(x => x.Target == "quorin-plax" || x.Source == "quorin-plax"), Is.Empty);
        });
    }

    [Test]
    public void Extract_AmbassadorToAStateBeforeAName_IsTheAmbassador()
    {
        var person = Extract("Outgoing Russian ambassador to Armenia Quorin Plax spoke in Moscow.").Entities.Single(e => e.Name == "Quorin Plax");
        Assert.Multiple(() =>
        {
            Assert.That(person.Kind, Is.EqualTo("Official"));
            Assert.That(person.Role, Is.EqualTo("ambassador of Russia"));
        });
    }

    [Test]
    public void Extract_CapitalizedPersonNounBeforeAName_IsNoPartOfTheName() =>
        Assert.That(Extract("State Secretary Quorin Plax issued a statement.").Entities.Select(e => e.Name), Does.Contain("Quorin Plax"));

    [TestCase("Mehdi Karimi met officials in Moscow.", "Mehdi Karimi")]
    [TestCase("A letter from Masoud Tehrani reached Moscow.", "Masoud Tehrani")]
    [TestCase("Officials met Jeyhun Aliyar in Moscow.", "Jeyhun Aliyar")]
    public void Extract_GivenNamesOfTheRegionTheGeneratedListLacks_MakePersons(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Person"));

    [Test]
    public void Extract_GivenNamesAfterAWordOfKinship_ArePersons()
    {
        var names = Extract("Three of Putin's four children—Ani, Davit, and Mariam—live abroad.").Entities.Where(e => e.Kind == "Person").Select(e => e.Name).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "Ani", "Davit", "Mariam" }));
    }

    [TestCase("His children live in Moscow.")]
    [TestCase("The children of Moscow played.")]
    public void Extract_WordOfKinshipWithoutNames_MakesNoPerson(string sentence) =>
        Assert.That(Extract(sentence).Entities.Where(e => e.Kind == "Person"), Is.Empty);

    [Test]
    public void Extract_FirstNameTransliteratedWithGOrH_IsOnePerson()
    {
        var r = Extract("Vice Prime Minister Mher Grigoryan met residents.", "Later, Vice Prime Minister Mger Grigoryan left Moscow.");
        var person = r.Entities.Single(e => e.Kind == "Official" && e.IsNew);
        Assert.That(person.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Mher Grigoryan", "Mger Grigoryan" }));
    }

    [Test]
    public void Extract_DifferentFirstNamesOfOneSurname_AreTwoPersons() =>
        Assert.That(Extract("Vice Prime Minister Armen Grigoryan met residents.", "Later, Vice Prime Minister Mher Grigoryan left Moscow.").Entities.Count(e => e.Kind == "Official" && e.IsNew),
            Is.EqualTo(2));

    [Test]
    public void Extract_GraphSurnameAfterANewPersonOfThatSurname_IsTheNewPerson()
    {
        // The graph knows Nikol Pashinyan by "Pashinyan"; this text names only Anna Pashinyan.
        var r = Extract("The fund is led by Anna Pashinyan, a lawyer.", "Pashinyan said the fund would open in May.");
        var anna = r.Entities.Single(e => e.Name == "Anna Pashinyan");
        Assert.Multiple(() =>
        {
            Assert.That(anna.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Anna Pashinyan", "Pashinyan" }));
            Assert.That(r.Entities.Where(e => !e.IsNew).Select(e => e.Name), Does.Not.Contain("Nikol Pashinyan"));
        });
    }

    [Test]
    public void Extract_SurnameOfTwoPersonsTheTextNamesInFull_IsAmbiguous()
    {
        var r = Extract("Nikol Pashinyan met Anna Pashinyan in Moscow.", "Pashinyan said the fund would open in May.");
        Assert.That(r.AmbiguousMentions.Single(a => a.Mention.Text == "Pashinyan").Candidates.Length, Is.EqualTo(2));
    }

    [TestCase("Sayfaddin Huseynli, a brother of the two men, spoke to reporters.", "Sayfaddin Huseynli")]
    [TestCase("Ruben Tadevosov, a lawyer, said the case was closed.", "Ruben Tadevosov")]
    public void Extract_NameBeforeAnApposedPrivatePersonNoun_IsAPerson(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Person"));

    [TestCase("“I will criticize Russia again,” Nikol Pashinyan said on Monday.")]
    [TestCase("“My government criticized Russia,” said Nikol Pashinyan.")]
    [TestCase("Nikol Pashinyan wrote: “I criticized Russia.”")]
    public void Extract_FirstPersonInAQuoteWithItsSpeakerNamed_IsTheSpeaker(string sentence) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Id == "nikol-pashinyan").Mentions.Select(m => m.Text), Has.Some.AnyOf("I", "My"));

    [Test]
    public void Extract_FirstPersonInAQuoteWithoutASpeaker_IsNobody() =>
        Assert.That(Extract("Nikol Pashinyan met officials. “I criticized Russia,” a diplomat said.").Entities.Single(e => e.Id == "nikol-pashinyan").Mentions.Select(m => m.Text),
            Is.EqualTo(new[] { "Nikol Pashinyan" }));

    [Test]
    public void Extract_ItBeforeAVerb_IsTheStateThatOpensThePreviousSentence()
    {
        var r = Extract("Azerbaijan says the text is ready. It has stated plainly that it will criticize the European Union.");
        Assert.That(r.Relations.Single(x => x.Type == "criticized").Source, Is.EqualTo("azerbaijan"));
    }

    [Test]
    public void Extract_ExpletiveIt_StandsForNothing() =>
        Assert.That(Extract("Azerbaijan says the text is ready. It is clear that the European Union will decide.").Entities.Single(e => e.Id == "azerbaijan").Mentions, Has.Length.EqualTo(1));
}
