using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The nineteenth pass: wrong proposals and misses found on sentences written for the tests (and classes counted on the read
/// sets), each with a control where the change could over-reach.
/// </summary>
public sealed class NineteenthPassTests
{
    [TestCase("Robert Fico met Ilham Aliyev ahead of the summit.")]
    [TestCase("Robert Fico met Ilham Aliyev prior to the vote.")]
    [TestCase("Robert Fico met with Ilham Aliyev ahead of the summit.")]
    public void Extract_AMeetingAheadOfAnOccasion_IsStillAMeeting(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(Starts(lines, "ilham-aliyev held-talks-with robert-fico (stated)") || Starts(lines, "robert-fico held-talks-with ilham-aliyev (stated)"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_ANameBeforeANoun_IsStillNoObject()
    {
        // The control: "Aliyev" before a lowercase noun modifies it ("the Aliyev government's envoys"), so no talks with him.
        var lines = Lines(ExtractWithGraphData("Robert Fico met Ilham Aliyev loyalists in Bratislava."));
        Assert.That(lines.Any(l => l.Contains("held-talks-with", StringComparison.Ordinal) && l.Contains("ilham-aliyev", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TheDeclarationOnAParticipleTopic_IsTheSignedDocument()
    {
        var result = ExtractWithGraphData("Ilham Aliyev and Vladimir Putin signed the declaration on allied interaction.");
        var lines = Lines(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Select(e => e.Name), Has.Member("declaration on allied interaction"), Show(lines));
            Assert.That(Starts(lines, "ilham-aliyev signed declaration-on-allied-interaction (stated)"), Is.True, Show(lines));
            Assert.That(Starts(lines, "vladimir-putin signed declaration-on-allied-interaction (stated)"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_AParticipleBeforeAPreposition_EndsTheTopic()
    {
        var result = ExtractWithGraphData("The agreement on gas signed in May covers transit to Armenia.");
        Assert.That(result.Entities.Select(e => e.Name), Has.None.Contains("signed"), Show(Lines(result)));
    }

    [TestCase("Kazakhstan froze its cooperation with Russia.", "cooperates-with")]
    [TestCase("Armenian ministers talked of breaking the country's security ties with Russia.", "maintains-relations-with")]
    [TestCase("Georgia disrupted its traditional ties with Russia.", "maintains-relations-with")]
    public void Extract_TiesAVerbEndsOrDamages_AreNoStatedTies(string sentence, string type)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.Contains($" {type} ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TiesWhoseEndingIsDenied_StillHold()
    {
        var lines = Lines(ExtractWithGraphData("Brussels has no plan of disrupting the long-standing trade relations between Russia and Kazakhstan."));
        Assert.That(Starts(lines, "kazakhstan maintains-relations-with russia (stated)") || Starts(lines, "russia maintains-relations-with kazakhstan (stated)"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_SourRelations_AreNoMaintainedRelationsButADivergenceBetweenThePair()
    {
        var possessive = Lines(ExtractWithGraphData("Turkey's sour relations with Israel have disrupted several official trips."));
        var between = Lines(ExtractWithGraphData("Sour relations between Turkey and Israel have disrupted several official trips."));
        Assert.Multiple(() =>
        {
            Assert.That(possessive.Any(l => l.Contains("maintains-relations-with", StringComparison.Ordinal)), Is.False, Show(possessive));
            Assert.That(Starts(between, "turkey diverges-from israel (stated)") || Starts(between, "israel diverges-from turkey (stated)"), Is.True, Show(between));
        });
    }

    [Test]
    public void Extract_ANounInAnAmidPhrase_IsNotTheSubjectsAct()
    {
        var subject = Lines(ExtractWithGraphData("Nikol Pashinyan stayed home from the Minsk meeting amid a deep downturn in relations with Russia."));
        var pair = Lines(ExtractWithGraphData("Nikol Pashinyan skipped the summit amid strained relations between Armenia and Russia."));
        Assert.Multiple(() =>
        {
            Assert.That(subject.Any(l => l.StartsWith("nikol-pashinyan diverges-from", StringComparison.Ordinal)), Is.False, Show(subject));
            Assert.That(Starts(pair, "armenia diverges-from russia (stated)") || Starts(pair, "russia diverges-from armenia (stated)"), Is.True, Show(pair));
        });
    }
    [Test]
    public void Extract_TwoBodiesJoinedByAnd_AreTwoNames()
    {
        var result = ExtractWithGraphData(
            "The memorandum was signed by the Institute of Strategic Studies of the Kazakh Foreign Ministry and Fudan University.",
            "Georgian officials met the US Ambassador and State Department envoys in Tbilisi.");
        var names = result.Entities.Select(e => e.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Has.Member("Fudan University"), Show(Lines(result)));
            Assert.That(names, Has.None.Contains(" and Fudan"), Show(Lines(result)));
            Assert.That(names, Has.None.Contains("Ambassador and"), Show(Lines(result)));
        });
    }

    [Test]
    public void Extract_AnAndInsideOneBodysName_KeepsTheName()
    {
        // The control: no second head after "and" ("Natural Resources", "Co-operation in Europe").
        var result = ExtractWithGraphData(
            "Officials of the Ministry of Labour and Social Protection of Armenia met in Yerevan.",
            "The Organization for Security and Co-operation in Europe sent observers.");
        var names = result.Entities.Select(e => e.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names.Any(n => n.StartsWith("Ministry of Labour and Social Protection", StringComparison.Ordinal)), Is.True, string.Join(", ", names));
            Assert.That(names, Has.None.EqualTo("Co-operation in Europe"), string.Join(", ", names));
        });
    }
    [TestCase("Ilham Aliyev invited Shavkat Mirziyoyev to visit Azerbaijan.")]
    [TestCase("Ilham Aliyev invited Mirziyoyev to visit Azerbaijan.")]
    [TestCase("Shavkat Mirziyoyev, who was invited to visit Azerbaijan, thanked Ilham Aliyev.")]
    public void Extract_AVisitOneIsInvitedToMake_IsNoStatedVisit(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "shavkat-mirziyoyev visited azerbaijan (stated)"), Is.False, Show(lines));
            Assert.That(Starts(lines, "shavkat-mirziyoyev visited azerbaijan (hypothetical)"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_TheMainVerbAfterARelativeClauseOfAnInvitation_IsStated()
    {
        var lines = Lines(ExtractWithGraphData("Shavkat Mirziyoyev, who was invited to visit Azerbaijan, thanked Ilham Aliyev."));
        Assert.That(Starts(lines, "shavkat-mirziyoyev thanked ilham-aliyev (stated)"), Is.True, Show(lines));
    }

    [TestCase("Shavkat Mirziyoyev received an invitation to visit Azerbaijan next year.")]
    [TestCase("Shavkat Mirziyoyev accepted the invitation to visit Azerbaijan.")]
    public void Extract_AnInvitationTheSubjectReceives_IsNoInvitationBySubject(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.StartsWith("shavkat-mirziyoyev invited", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_AnInvitationTheSubjectExtends_IsStillTheSubjects()
    {
        // The control: the one who extends an invitation invites.
        var lines = Lines(ExtractWithGraphData("Ilham Aliyev extended an invitation to Shavkat Mirziyoyev to visit Baku."));
        Assert.That(Starts(lines, "ilham-aliyev invited shavkat-mirziyoyev (stated)"), Is.True, Show(lines));
    }
    [Test]
    public void Extract_TheAgreementWithAnotherParty_IsNotTheLastAgreementNamed()
    {
        var lines = Lines(ExtractWithGraphData("Armenia and Iran signed an agreement on transit in May. Later, Georgia signed the agreement with the European Union."));
        Assert.That(lines.Any(l => l.StartsWith("georgia signed agreement-on-transit", StringComparison.Ordinal) || l.StartsWith("eu signed agreement-on-transit", StringComparison.Ordinal)),
            Is.False, Show(lines));
    }

    [Test]
    public void Extract_TheAgreementAlone_IsStillTheLastAgreementNamed()
    {
        // The control: with no party of its own, "the agreement" refers back.
        var lines = Lines(ExtractWithGraphData("Armenia and Iran signed an agreement on transit in May. Iran ratified the agreement in June."));
        Assert.That(Starts(lines, "iran ratified agreement-on-transit (stated)"), Is.True, Show(lines));
    }
    [TestCase("Talks between Armenia and Turkey on the border could resume next year.")]
    [TestCase("Talks between Armenia and Turkey on border issues will be held in Kars.")]
    public void Extract_AModalAfterTheTopicOfTalks_IsNoStatedMeeting(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.Contains("held-talks-with", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TalksOnATopicThatTookPlace_AreStated()
    {
        var lines = Lines(ExtractWithGraphData("Talks between Armenia and Turkey on the border took place in Kars."));
        Assert.That(Starts(lines, "armenia held-talks-with turkey (stated)") || Starts(lines, "turkey held-talks-with armenia (stated)"), Is.True, Show(lines));
    }
    [Test]
    public void Extract_AHopeToSignWithAPartner_IsOnlyTheHopersIntent()
    {
        var lines = Lines(ExtractWithGraphData("Azerbaijan hopes to sign a peace treaty with Armenia by the end of the year."));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.StartsWith("azerbaijan expressed-readiness-to-sign", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.StartsWith("armenia ", StringComparison.Ordinal) && (l.Contains("sign", StringComparison.Ordinal))), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_TwoPartiesReadyToSign_EachExpressIt()
    {
        // The control: both named before the trigger expressed it.
        var lines = Lines(ExtractWithGraphData("Armenia and Azerbaijan are ready to sign the peace treaty."));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.StartsWith("armenia expressed-readiness-to-sign", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.StartsWith("azerbaijan expressed-readiness-to-sign", StringComparison.Ordinal)), Is.True, Show(lines));
        });
    }
    [TestCase("Recep Tayyip Erdogan welcomed the visit of Ilham Aliyev to Ankara next month.")]
    [TestCase("The visit of Ilham Aliyev to Ankara is being prepared.")]
    [TestCase("The visit of Ilham Aliyev to Ankara will take place in May.")]
    public void Extract_AVisitStillToCome_IsAPlannedVisit(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "ilham-aliyev visited turkey (stated)"), Is.False, Show(lines));
            Assert.That(Starts(lines, "ilham-aliyev visited turkey (hypothetical)"), Is.True, Show(lines));
        });
    }

    [TestCase("Recep Tayyip Erdogan recalled Ilham Aliyev's visit to Ankara in 2022.")]
    [TestCase("Ilham Aliyev's state visit to Ankara will give new impetus to the partnership.")]
    public void Extract_AVisitThatTookPlace_IsStated(string sentence)
    {
        // The controls: a past year, and a modal that speaks of the visit's effect.
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(Starts(lines, "ilham-aliyev visited turkey (stated)"), Is.True, Show(lines));
    }
    [TestCase("Future President Donald Trump criticized the deal.")]
    [TestCase("The future US President Donald Trump criticized the deal.")]
    public void Extract_AFutureHolder_HoldsNoOfficeYet(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.Contains("head-of-state-of united-states", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_AnIncomingAmbassador_HoldsThePost()
    {
        // The control: an incoming ambassador has arrived; the office is stated.
        var lines = Lines(ExtractWithGraphData("Ilham Aliyev received Iran's incoming ambassador Mojtaba Demirchilou in Baku."));
        Assert.That(lines.Any(l => l.StartsWith("mojtaba-demirchilou ambassador-of iran", StringComparison.Ordinal)), Is.True, Show(lines));
    }
    [Test]
    public void Extract_APhoneCallReceivedFromSomeone_IsACallWithThem()
    {
        var lines = Lines(ExtractWithGraphData("Ilham Aliyev received a phone call from Vladimir Putin."));
        Assert.That(Starts(lines, "ilham-aliyev held-phone-call-with vladimir-putin (stated)") || Starts(lines, "vladimir-putin held-phone-call-with ilham-aliyev (stated)"),
            Is.True, Show(lines));
    }
    [Test]
    public void Extract_TheSummitInAnotherPlace_IsNotTheLastSummitNamed()
    {
        var result = ExtractWithGraphData("Nikol Pashinyan refused to attend the CSTO summit in Minsk.", "Ilham Aliyev skipped the summit in Kazan.");
        var lines = Lines(result);
        Assert.That(lines.Any(l => l.StartsWith("ilham-aliyev participant-in csto-summit", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TheSummitInTheSamePlace_IsStillTheSummitNamed()
    {
        // The control: the same place, the same summit.
        var result = ExtractWithGraphData("Nikol Pashinyan refused to attend the CSTO summit in Minsk.", "Ilham Aliyev attended the summit in Minsk.");
        var lines = Lines(result);
        Assert.That(Starts(lines, "ilham-aliyev participant-in csto-summit (stated)"), Is.True, Show(lines));
    }
}
