using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The seventeenth pass: classes of wrong proposals and misses read on set-s, rebuilt on sentences written for the tests,
/// each with a control where the change could over-reach.
/// </summary>
public sealed class SeventeenthPassTests
{
    [Test]
    public void Extract_HeadOfAUnitABodyOwns_HeadsTheUnitWhichIsPartOfTheBody()
    {
        var lines = Lines(ExtractWithGraphData("The delegation met Wang Lei, director of the Chinese Communist Party's Organization Department."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "wang-lei leader-of organization-department"), Is.True, Show(lines));
            Assert.That(Starts(lines, "organization-department part-of chinese-communist-party"), Is.True, Show(lines));
            Assert.That(Starts(lines, "wang-lei leader-of chinese-communist-party"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_HeadOfTheBodyItself_StillHeadsTheBody()
    {
        var lines = Lines(ExtractWithGraphData("Wang Lei, head of the Chinese Communist Party, spoke in Beijing."));
        Assert.That(Starts(lines, "wang-lei leader-of chinese-communist-party"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_BetweenAfterAPhraseOfTime_BelongsToThatPhrasesNoun()
    {
        var lines = Lines(ExtractWithGraphData("Fidan mentioned his phone call with Bayramov after the peace accord between Azerbaijan and Armenia."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("armenia held-phone-call-with azerbaijan", StringComparison.Ordinal)), Show(lines));
    }

    [Test]
    public void Extract_BetweenRightAfterTheCall_IsStillTheCallsParties()
    {
        var lines = Lines(ExtractWithGraphData("Officials confirmed a phone call between Azerbaijan and Armenia after the summit."));
        Assert.That(Starts(lines, "armenia held-phone-call-with azerbaijan"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_CommaAsAfterAList_OpensAClauseNotAListItem()
    {
        var lines = Lines(ExtractWithGraphData("The move came amid cooling ties between Baku and Moscow, as the Aliyev government seeks closer ties with Ankara."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "azerbaijan maintains-relations-with russia"), Is.True, Show(lines));
            Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.StartsWith("ilham-aliyev", StringComparison.Ordinal)), Show(lines));
        });
    }

    [Test]
    public void Extract_AttendedAlongside_TheOneAlongsideAttendedToo()
    {
        var lines = Lines(ExtractWithGraphData("Prime Minister Anwar Ibrahim attended the Malaysia-Kazakhstan Investment Forum in Astana alongside President Kassym-Jomart Tokayev."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "anwar-ibrahim participant-in malaysia-kazakhstan-investment-forum"), Is.True, Show(lines));
            Assert.That(Starts(lines, "kassym-jomart-tokayev participant-in malaysia-kazakhstan-investment-forum"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_PraisedAlongside_GivesNoParticipation()
    {
        var lines = Lines(ExtractWithGraphData("Prime Minister Anwar Ibrahim praised the forum in Astana alongside President Kassym-Jomart Tokayev."));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains("participant-in", StringComparison.Ordinal)), Show(lines));
    }

    [TestCase("Aliyev also received Jean Dupont, Chief Executive Officer of the French company Orano.", "jean-dupont leader-of orano")]
    [TestCase("Jean Dupont, head of the French company Orano, spoke.", "jean-dupont leader-of orano")]
    [TestCase("Claudio Descalzi, CEO of Eni, met Aliyev in Baku.", "claudio-descalzi leader-of eni")]
    [TestCase("Rosatom CEO Alexei Likhachev visited Tashkent on Monday.", "alexei-likhachev leader-of rosatom")]
    public void Extract_CompanyOffices_HeadTheCompany(string text, string expected)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, expected), Is.True, Show(lines));
            Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains("leader-of france", StringComparison.Ordinal)), Show(lines));
        });
    }

    [Test]
    public void Extract_CompanyOfficeBeforeAName_TheHolderActsNotTheCompany()
    {
        var lines = Lines(ExtractWithGraphData("Rosatom CEO Alexei Likhachev visited Tashkent on Monday."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "alexei-likhachev visited uzbekistan"), Is.True, Show(lines));
            Assert.That(Starts(lines, "rosatom visited"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_ChiefExecutiveOfficer_IsNoPersonCalledExecutiveOfficer()
    {
        var result = ExtractWithGraphData("Aliyev also met Jean Dupont, Chief Executive Officer of the French company Orano.");
        Assert.That(result.Entities.Select(e => e.Name), Has.None.EqualTo("Executive Officer"));
    }

    [Test]
    public void Extract_HonorificNameWithParticlesBeforeAnApposedTitle_HoldsTheOffice()
    {
        var result = ExtractWithGraphData("During the visit, Pashinyan met Sheikh Tamim bin Hamad Al Thani, Emir of Qatar.");
        var lines = Lines(result);
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "tamim-bin-hamad-al-thani head-of-state-of qatar"), Is.True, Show(lines));
            Assert.That(Starts(lines, "nikol-pashinyan held-talks-with tamim-bin-hamad-al-thani") || Starts(lines, "tamim-bin-hamad-al-thani held-talks-with nikol-pashinyan"), Is.True, Show(lines));
            Assert.That(result.Entities.Select(e => e.Name), Has.None.EqualTo("Hamad Al Thani"));
        });
    }

    [Test]
    public void Extract_NameWithAParticleBeforeAnApposedTitle_IsTheWholeName()
    {
        var result = ExtractWithGraphData("The minister met Tamim bin Hamad Al Thani, Emir of Qatar.");
        Assert.Multiple(() =>
        {
            Assert.That(Starts(Lines(result), "tamim-bin-hamad-al-thani head-of-state-of qatar"), Is.True, Show(Lines(result)));
            Assert.That(result.Entities.Select(e => e.Name), Has.None.EqualTo("Hamad Al Thani"));
        });
    }

    [Test]
    public void Extract_MinisterOfStateOfAState_IsAMinisterOfThatState()
    {
        var lines = Lines(ExtractWithGraphData("Mohammed Al Khulaifi, Minister of State of Qatar, received the envoy in Doha."));
        Assert.That(Starts(lines, "mohammed-al-khulaifi minister-of qatar"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_StressedTheImportanceOfANamedThing_SupportsIt()
    {
        var lines = Lines(ExtractWithGraphData("Tokayev underlined the importance of the Trans-Caspian International Transport Route."));
        Assert.That(Starts(lines, "kassym-jomart-tokayev supports trans-caspian-international-transport-route"), Is.True, Show(lines));
    }

    [TestCase("Tokayev underlined the importance of Russia's concerns.")]
    [TestCase("Tokayev noted the importance of the presence of Ilham Aliyev at the forum.")]
    [TestCase("Tokayev stressed the importance of deepening cooperation with Russia.")]
    public void Extract_ImportanceOfSomethingElse_SupportsNoStateOrPerson(string text)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains(" supports ", StringComparison.Ordinal)), Show(lines));
    }

    [Test]
    public void Extract_WithANameAndAParticiple_TheNameActs()
    {
        var lines = Lines(ExtractWithGraphData("The ties were marked by rivalry, with Turkey backing Azerbaijan in the dispute."));
        Assert.That(Starts(lines, "turkey supports azerbaijan"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_PronounOpeningAClauseJoinedByCommaAnd_IsTheSentencesSubject()
    {
        var lines = Lines(ExtractWithGraphData(
            "Pashinyan also thanked President Kassym-Jomart Tokayev for his hospitality, and in Uzbekistan he backed Tashkent's regional initiatives."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "nikol-pashinyan supports uzbekistan"), Is.True, Show(lines));
            Assert.That(Starts(lines, "kassym-jomart-tokayev supports uzbekistan"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_PronounAfterAPlainAnd_StaysTheLastPerson()
    {
        // Control: no comma before "and", and the pronoun is the object's; the last person named is kept.
        var lines = Lines(ExtractWithGraphData("Pashinyan met Macron in Paris. Macron said he backed Armenia's bid."));
        Assert.That(Starts(lines, "nikol-pashinyan supports armenia"), Is.False, Show(lines));
    }

    [TestCase("Pashinyan thanked Tokayev for \"steady backing for the territorial integrity and independence of Armenia.\"")]
    [TestCase("Pashinyan thanked Tokayev for firm support for the territorial integrity of Armenia.")]
    public void Extract_ThankedForSupport_TheOneThankedSupports(string text)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "kassym-jomart-tokayev supports armenia"), Is.True, Show(lines));
            Assert.That(Starts(lines, "nikol-pashinyan supports"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_PraisedForTheMediation_TheOnePraisedMediates()
    {
        var lines = Lines(ExtractWithGraphData("Macron praised Aliyev for the mediation between Armenia and Georgia."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "ilham-aliyev mediates-for armenia"), Is.True, Show(lines));
            Assert.That(Starts(lines, "emmanuel-macron mediates-for"), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_AmbassadorToACapitalBeforeTheName_IsPostedToItsState()
    {
        var lines = Lines(ExtractWithGraphData("Chinese Ambassador to Tashkent Yu Jun spoke on Monday."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "yu-jun ambassador-of china"), Is.True, Show(lines));
            Assert.That(Starts(lines, "yu-jun ambassador-to uzbekistan"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_ExchangingDraftsOfATreaty_IsNegotiating()
    {
        var lines = Lines(ExtractWithGraphData("Kyrgyzstan and Tajikistan are now exchanging drafts of the border treaty."));
        Assert.That(Starts(lines, "kyrgyzstan negotiates-with tajikistan"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_NameAfterACountInAPrepositionalPhrase_IsNoSubject()
    {
        var lines = Lines(ExtractWithGraphData("The Astana talks with the defence ministers of the two South Caucasus countries were hosted by Kazakh Foreign Minister Murat Nurtleu."));
        Assert.That(Starts(lines, "murat-nurtleu hosted astana-talks"), Is.True, Show(lines));
    }

    [TestCase("Kyrgyzstan agreed to consider closer ties with Mongolia.")]
    [TestCase("Kyrgyzstan agreed to study a new railway with Mongolia.")]
    public void Extract_AgreedToAnInfinitive_TheWithPhraseIsTheInfinitives(string text)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains("agreed-with", StringComparison.Ordinal)), Show(lines));
    }

    [TestCase("Kyrgyzstan agreed with Mongolia to open consulates.")]
    [TestCase("Kyrgyzstan agreed to a deal with Mongolia.")]
    public void Extract_AgreedWithAPartner_StaysAnAgreementWithIt(string text)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.That(Starts(lines, "kyrgyzstan agreed-with mongolia"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_LikeAfterTheSubject_SharesThePredicate()
    {
        var lines = Lines(ExtractWithGraphData("Kazakhstan, like Uzbekistan, supports the Trans-Caspian International Transport Route."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "kazakhstan supports trans-caspian-international-transport-route"), Is.True, Show(lines));
            Assert.That(Starts(lines, "uzbekistan supports trans-caspian-international-transport-route"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_UnlikeAfterTheSubject_DoesNotShareThePredicate()
    {
        var lines = Lines(ExtractWithGraphData("Kazakhstan, unlike Uzbekistan, supports the Trans-Caspian International Transport Route."));
        Assert.That(Starts(lines, "uzbekistan supports"), Is.False, Show(lines));
    }

    [Test]
    public void Extract_ThePresidentsOfTwoOtherStates_AreNotTheLastPair()
    {
        var lines = Lines(ExtractWithGraphData("Ilham Aliyev and Nikol Pashinyan were in Munich on Saturday.", "Blinken met with the presidents of Kazakhstan and Kyrgyzstan."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.Matches<string>(l => l is not null && l.Contains("held-talks-with", StringComparison.Ordinal)
                && (l.Contains("ilham-aliyev", StringComparison.Ordinal) || l.Contains("nikol-pashinyan", StringComparison.Ordinal))), Show(lines));
            Assert.That(Starts(lines, "antony-blinken held-talks-with kazakhstan"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_TheLeadersOfThePairsOwnStates_AreThePair()
    {
        var lines = Lines(ExtractWithGraphData("Ilham Aliyev and Nikol Pashinyan were in Munich on Saturday.", "Blinken held talks with the leaders of Azerbaijan and Armenia."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "antony-blinken held-talks-with ilham-aliyev"), Is.True, Show(lines));
            Assert.That(Starts(lines, "antony-blinken held-talks-with nikol-pashinyan"), Is.True, Show(lines));
        });
    }

    [TestCase("Pashinyan held talks with the leaders of Kazakhstan and Kyrgyzstan in Astana.")]
    [TestCase("Pashinyan toured Kazakhstan and Kyrgyzstan, where he held talks with the leaders of both countries.")]
    public void Extract_TalksWithUnnamedLeadersOfNamedStates_AreTalksWithTheStates(string text)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.Matches<string>(l => l is not null && l.Contains("held-talks-with", StringComparison.Ordinal) && l.Contains("kazakhstan", StringComparison.Ordinal) && l.Contains("nikol-pashinyan", StringComparison.Ordinal)), Show(lines));
            Assert.That(lines, Has.Some.Matches<string>(l => l is not null && l.Contains("held-talks-with", StringComparison.Ordinal) && l.Contains("kyrgyzstan", StringComparison.Ordinal) && l.Contains("nikol-pashinyan", StringComparison.Ordinal)), Show(lines));
        });
    }
}
