using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The twentieth pass: wrong proposals and misses found on sentences written for the tests (and classes counted on the read
/// sets), each with a control where the change could over-reach.
/// </summary>
public sealed class TwentiethPassTests
{
    [TestCase("Vladimir Putin voiced regret in a phone conversation with Ilham Aliyev on Saturday. During the conversation, the two presidents discussed the inquiry.")]
    [TestCase("Vladimir Putin held a phone call with Ilham Aliyev. In the call, the leaders discussed the inquiry.")]
    [TestCase("Vladimir Putin telephoned Ilham Aliyev. Aliyev and Putin discussed the inquiry during their telephone conversation.")]
    public void Extract_TalksDuringAPhoneCall_AreTheCallNotAMeeting(string text)
    {
        var lines = Lines(ExtractWithGraphData(text));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.Contains("held-phone-call-with", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.Contains("held-talks-with", StringComparison.Ordinal)), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_TalksAfterACallWithSomeoneElse_StayAMeeting()
    {
        // The control: the call was with another leader, so the meeting of the two is no call.
        var lines = Lines(ExtractWithGraphData("Vladimir Putin held a phone call with Nikol Pashinyan. After the call, Putin and Aliyev discussed the inquiry in Moscow."));
        Assert.That(Starts(lines, "ilham-aliyev held-talks-with vladimir-putin (stated)") || Starts(lines, "vladimir-putin held-talks-with ilham-aliyev (stated)"), Is.True, Show(lines));
    }

    [TestCase("Georgia suspended its EU accession process until 2028.", "georgia suspended eu-accession-process (stated)")]
    [TestCase("Georgia froze the NATO integration process in 2025.", "georgia suspended nato-integration-process (stated)")]
    public void Extract_AProcessNamedAfterABody_IsAnEvent(string sentence, string start)
    {
        var result = ExtractWithGraphData(sentence);
        var lines = Lines(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Any(e => e.Kind == "Event" && e.Name.EndsWith(" process", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(Starts(lines, start), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_AProcessNamedBySides_GivesTheSidesNoPart()
    {
        // Readers list the process, and what is said about it, but not its sides as taking part in it.
        var result = ExtractWithGraphData("Recep Tayyip Erdogan and Nikol Pashinyan discussed the Armenia-Azerbaijan peace process.");
        var lines = Lines(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities.Any(e => e.Kind == "Event" && e.Name.Contains("peace process", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.Contains(" participant-in ", StringComparison.Ordinal)), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_TheMinskProcess_IsNoNewEvent()
    {
        // Readers take "the Minsk process" for the Minsk Group's work, which the graph holds as a body.
        var result = ExtractWithGraphData("The European Union backs the Minsk process.");
        Assert.That(result.Entities.Any(e => e.Name.Contains("process", StringComparison.Ordinal)), Is.False, Show(Lines(result)));
    }

    [Test]
    public void Extract_AnOutletReportingASentenceAboutAProcess_ReportsNoProcess()
    {
        var lines = Lines(ExtractWithGraphData("Georgia decided to halt the EU accession process, Azernews reports."));
        Assert.That(lines.Any(l => l.Contains(" reported-on ", StringComparison.Ordinal) && l.Contains("process", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TalksNamedBySides_StillGiveTheirParties()
    {
        // The control: talks are an occurrence the sides take part in.
        var lines = Lines(ExtractWithGraphData("Nikol Pashinyan spoke about the Armenia-Azerbaijan peace talks in Abu Dhabi."));
        Assert.That(lines.Any(l => l.Contains(" participant-in ", StringComparison.Ordinal)), Is.True, Show(lines));
    }

    [TestCase("Observers suspect that Iran supplied drones to Russia.", "acquired-arms-from")]
    [TestCase("There was speculation that the visit was linked to a growing military alliance between Turkey and Azerbaijan.", "cooperates-with")]
    [TestCase("Rumours in Baku had it that Iran supplied drones to Russia.", "acquired-arms-from")]
    public void Extract_WhatIsSuspectedOrRumoured_IsNoStatedFact(string sentence, string type)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.Contains($" {type} ", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.Contains($" {type} ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)), Is.False, Show(lines));
        });
    }

    [TestCase("Georgia's pro-Russian president Mikheil Kavelashvili met Viktor Orban.", "russia")]
    [TestCase("The pro-EU president Maia Sandu won the vote.", "eu")]
    [TestCase("In Tbilisi, the former pro-Western president Salome Zourabichvili spoke to protesters.", "georgia")]
    public void Extract_ALeaningBeforeATitle_IsNoSeatOfTheOffice(string sentence, string seat)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => (l.Contains(" head-of-state-of ", StringComparison.Ordinal) || l.Contains(" leader-of ", StringComparison.Ordinal))
            && l.Contains($" {seat} ", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_ADemonymBeforeATitle_StillSeatsTheOffice()
    {
        // The control: a plain demonym names the state whose office it is.
        var lines = Lines(ExtractWithGraphData("Georgian President Mikheil Kavelashvili met Viktor Orban."));
        Assert.That(Starts(lines, "mikheil-kavelashvili head-of-state-of georgia (stated)"), Is.True, Show(lines));
    }

    [TestCase("Armenia, a former member of the CSTO, now seeks closer ties with France.", "armenia member-of")]
    [TestCase("Azerbaijan, a former ally of Russia, signed a deal with Turkey.", "azerbaijan ")]
    public void Extract_AFormerTie_IsNoStatedTie(string sentence, string start)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.StartsWith(start, StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)
            && (l.Contains(" member-of ", StringComparison.Ordinal) || l.Contains(" cooperates", StringComparison.Ordinal) || l.Contains(" maintains-relations-with ", StringComparison.Ordinal))), Is.False, Show(lines));
    }

    [Test]
    public void Extract_AMemberNamedPlainly_IsStillAMember()
    {
        // The control: without "former" the tie holds.
        var lines = Lines(ExtractWithGraphData("Armenia, a member of the CSTO, now seeks closer ties with France."));
        Assert.That(Starts(lines, "armenia member-of csto (stated)"), Is.True, Show(lines));
    }

    [TestCase("Pakistan, a major non-NATO ally of the United States, hosted the talks.", "nato")]
    [TestCase("Georgian Dream, a pro-Russian partner of Hungary, won the vote.", "russia")]
    public void Extract_ANameAfterNonOrPro_IsNoEndOfTheClause(string sentence, string id)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => (l.StartsWith(id + " ", StringComparison.Ordinal) || l.Contains($" {id} (", StringComparison.Ordinal)) && !l.Contains(" part-of ", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("Azerbaijan is negotiating the purchase of JF-17 jets from Pakistan.")]
    [TestCase("Azerbaijan is considering the possible purchase of JF-17 jets from Pakistan.")]
    public void Extract_ADealStillPursued_IsNoDoneAcquisition(string sentence)
    {
        var lines = Lines(ExtractWithGraphData(sentence));
        Assert.That(lines.Any(l => l.Contains(" acquired-arms-from ", StringComparison.Ordinal) && l.EndsWith("(stated)", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_ADealCompleted_IsAnAcquisition()
    {
        // The control: a verb that completes the deal leaves it done.
        var lines = Lines(ExtractWithGraphData("Azerbaijan completed the purchase of JF-17 jets from Pakistan."));
        Assert.That(Starts(lines, "azerbaijan acquired-arms-from pakistan (stated)"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_ADocumentBetweenPartiesSignedOnADate_WasSignedByThem()
    {
        var lines = Lines(ExtractWithGraphData("The leaders welcomed the Joint Statement between Kyrgyzstan and Tajikistan signed in March in Bishkek."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "kyrgyzstan signed joint-statement (stated)"), Is.True, Show(lines));
            Assert.That(Starts(lines, "tajikistan signed joint-statement (stated)"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_ADocumentBetweenPartiesToBeSigned_IsNoSignature()
    {
        // The control: "to be signed" is still to come.
        var lines = Lines(ExtractWithGraphData("The leaders discussed the Joint Statement between Kyrgyzstan and Tajikistan to be signed in March."));
        Assert.That(lines.Any(l => l.Contains(" signed joint-statement (stated)", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [TestCase("Kyrgyzstan, Tajikistan and Uzbekistan signed the Treaty on Lasting Peace, Friendship, and Trade.", "Treaty on Lasting Peace, Friendship, and Trade")]
    [TestCase("Turkmenistan and Iran signed a Framework Agreement for Joint Work on the Turkmenistan-Iran (TIR) Pipeline Project.",
        "Framework Agreement for Joint Work on the Turkmenistan-Iran (TIR) Pipeline Project")]
    [TestCase("Turkmenistan and Iran signed a Framework Agreement for Joint Work on the Gas Railway Project.", "Framework Agreement for Joint Work on the Gas Railway Project")]
    public void Extract_ALongDocumentName_IsOneAgreement(string sentence, string name)
    {
        var result = ExtractWithGraphData(sentence);
        Assert.That(result.Entities.Where(e => e.Kind == "Agreement").Select(e => e.Name), Has.Member(name), Show(Lines(result)));
    }

    [Test]
    public void Extract_ACommaAfterADocumentBeforeAName_EndsTheDocument()
    {
        // The control: a list of states after the document's name is no part of it.
        var result = ExtractWithGraphData("The Treaty on Lasting Peace, Kazakhstan, Kyrgyzstan and Uzbekistan agreed, will be signed in May.");
        Assert.That(result.Entities.Where(e => e.Kind == "Agreement").Select(e => e.Name), Has.None.Contains("Kazakhstan"), Show(Lines(result)));
    }

    [Test]
    public void Extract_ADocumentSignedWithNoSigner_WasSignedByItsParties()
    {
        var lines = Lines(ExtractWithGraphData("Uzbekistan and Tajikistan ratified the Treaty on Allied Relations this week.", "The treaty was first signed on 18 April 2023 in Dushanbe."));
        Assert.Multiple(() =>
        {
            Assert.That(Starts(lines, "uzbekistan signed treaty-on-allied-relations (stated)"), Is.True, Show(lines));
            Assert.That(Starts(lines, "tajikistan signed treaty-on-allied-relations (stated)"), Is.True, Show(lines));
        });
    }

    [Test]
    public void Extract_ADocumentThatWillBeSigned_IsAPlannedSignature()
    {
        var lines = Lines(ExtractWithGraphData("Uzbekistan and Tajikistan initialled the Treaty on Allied Relations this week.", "Once the courts agree, the treaty will be signed."));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.Contains(" signed treaty-on-allied-relations (hypothetical", StringComparison.Ordinal)), Is.True, Show(lines));
            Assert.That(lines.Any(l => l.Contains(" signed treaty-on-allied-relations (stated)", StringComparison.Ordinal)), Is.False, Show(lines));
        });
    }

    [Test]
    public void Extract_ADocumentSignedBySomeoneNamed_IsNotGivenToItsParties()
    {
        // The control: the signer is named, so the parties are not assumed to have signed.
        var lines = Lines(ExtractWithGraphData("Uzbekistan and Tajikistan ratified the Treaty on Allied Relations this week.", "The treaty was signed by Emomali Rahmon in 2023."));
        Assert.That(Starts(lines, "uzbekistan signed treaty-on-allied-relations"), Is.False, Show(lines));
    }

    [Test]
    public void Extract_AFrontedTripWithAPossessive_IsTheMainSubjectsVisit()
    {
        var lines = Lines(ExtractWithGraphData("On her trip to Tbilisi, Kaja Kallas met Irakli Kobakhidze."));
        Assert.That(Starts(lines, "kaja-kallas visited georgia (stated)"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_AVisitInACapital_IsAVisit()
    {
        var lines = Lines(ExtractWithGraphData("Ararat Mirzoyan spoke of a new partnership at the end of his working visit in Astana."));
        // The capital is the graph's place here; readers take either it or its state as where the visit went.
        Assert.That(Starts(lines, "ararat-mirzoyan visited kazakhstan (stated)") || Starts(lines, "ararat-mirzoyan visited astana (stated)"), Is.True, Show(lines));
    }

    [Test]
    public void Extract_AVisitInAMonth_HasNoPlace()
    {
        // The control: "in" before a date is when, not where.
        var lines = Lines(ExtractWithGraphData("Ararat Mirzoyan announced a visit in May to discuss the route with Iran."));
        Assert.That(lines.Any(l => l.Contains(" visited iran", StringComparison.Ordinal)), Is.False, Show(lines));
    }

    [Test]
    public void Extract_TheLeaderOfAStateNamedBefore_IsTheOneKnownHolderTheTextNamed()
    {
        var lines = Lines(ExtractWithGraphData("Kassym-Jomart Tokayev arrived in Moscow on Monday. The Kazakh leader later met Vladimir Putin."));
        Assert.That(Starts(lines, "kassym-jomart-tokayev held-talks-with vladimir-putin (stated)") || Starts(lines, "vladimir-putin held-talks-with kassym-jomart-tokayev (stated)"),
            Is.True, Show(lines));
    }

    [Test]
    public void Extract_TheLeaderOfAStateWithTwoKnownHoldersNamed_IsNoOne()
    {
        // The control: two listed office holders of the state were named, so "the Kazakh leader" is left unresolved.
        var lines = Lines(ExtractWithGraphData("Kassym-Jomart Tokayev and Murat Nurtleu flew to Rome. The Kazakh leader met Giorgia Meloni."));
        Assert.That(lines.Any(l => l.Contains("held-talks-with", StringComparison.Ordinal)), Is.False, Show(lines));
    }
}
