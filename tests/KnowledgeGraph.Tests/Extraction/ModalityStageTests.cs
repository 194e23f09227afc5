using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The modality stage: readiness, intent, plans, conditions, negation and documents not in force never become done facts.</summary>
public sealed class ModalityStageTests
{
    private static readonly Lazy<Graph> RealGraph = new(() => Graph.Load(RepositoryPaths.GraphData));

    [TestCase("Armenia threatened to leave the CSTO.", "withdraws-from")]
    [TestCase("Reports that Russia supplied weapons to Azerbaijan were false.", "acquired-arms-from")]
    [TestCase("Armenia stopped short of leaving the CSTO.", "withdraws-from")]
    [TestCase("Talks between Armenia and Azerbaijan were postponed.", "held-talks-with")]
    [TestCase("Talks between Armenia and Azerbaijan were cancelled.", "held-talks-with")]
    [TestCase("It is not true that Armenia left the CSTO.", "withdraws-from")]
    [TestCase("Moscow spoke about restoring diplomatic relations with Tbilisi.", "maintains-relations-with")]
    [TestCase("The French Senate voted for the introduction of sanctions against Azerbaijan.", "sanctioned")]
    public void Extract_ThreatFalseReportStoppedShortOrCalledOff_IsNoDoneFact(string sentence, string type)
    {
        var relations = ExtractWithGraphData(sentence).Relations.Where(x => x.Type == type).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(relations, Is.Not.Empty);
            Assert.That(relations.Select(x => x.Certainty), Has.None.EqualTo(Certainty.Stated).And.None.EqualTo(Certainty.Reported));
        });
    }

    [TestCase("Nikol Pashinyan skipped the CSTO summit in Astana.", "nikol-pashinyan participant-in csto-summit (denied)")]
    [TestCase("Nikol Pashinyan did not skip the CSTO summit in Astana.", "nikol-pashinyan participant-in csto-summit (stated)")]
    [TestCase("Armenia has ordered rocket launchers from India.", "armenia acquired-arms-from india (hypothetical)")]
    [TestCase("Armenia signed a deal to buy howitzers from India.", "armenia acquired-arms-from india (hypothetical)")]
    [TestCase("Armenia gets most of its weapons from India.", "armenia acquired-arms-from india (stated)")]
    [TestCase("The United States accused Iran of supplying missiles to Russia.", "russia acquired-arms-from iran (reported)")]
    [TestCase("Iran denied supplying missiles to Russia.", "russia acquired-arms-from iran (denied)")]
    [TestCase("Iran denies having supplied missiles to Russia.", "russia acquired-arms-from iran (denied)")]
    [TestCase("The strikes would not hinder gas cooperation between Azerbaijan and Ukraine.", "azerbaijan cooperates-with ukraine (stated)")]
    [TestCase("Georgia and Russia restored trade relations in 2013.", "georgia maintains-relations-with russia (stated)")]
    [TestCase("The United States imposed sanctions on Russia.", "united-states sanctioned russia (stated)")]
    public void Extract_ActDoneWithAFiniteVerb_StaysAFact(string sentence, string line) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(line));

    [TestCase("The United States accused Iran of supplying missiles to Russia.")]
    [TestCase("Washington imposed sanctions on Iran over its alleged transfer of missiles to Russia.")]
    public void Extract_AccusedOrAllegedSupply_IsNeverTheAccusersAct(string sentence) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)).Where(l => l.StartsWith("russia acquired-arms-from united-states", StringComparison.Ordinal)), Is.Empty);

    [TestCase("Armenia left the CSTO, officials said.", Certainty.Reported)]
    [TestCase("Armenia left the CSTO, some analysts believe.", Certainty.Hedged)]
    [TestCase("Armenia left the CSTO, which angered Moscow.", Certainty.Stated)]
    public void Extract_AttributionClosingTheSentence_SetsTheCertainty(string sentence, Certainty certainty) =>
        Assert.That(ExtractWithGraphData(sentence).Relations.Single(x => x.Type == "withdraws-from").Certainty, Is.EqualTo(certainty));

    [Test]
    public void Extract_WarnedAgainstAnAct_IsNoDoneFact() =>
        Assert.That(ExtractWithGraphData("Russia warned Armenia against joining the EU.").Relations.Where(x => x.Type == "member-of")
            .Select(x => x.Certainty), Is.All.EqualTo(Certainty.Hypothetical));

    [TestCase("Armenia called on Russia to withdraw its border guards.", "armenia demanded-of russia (stated)")]
    [TestCase("Turkey and Azerbaijan held joint military exercises.", "azerbaijan cooperates-militarily-with turkey (stated)")]
    public void Extract_CallsOnAndJointExercises_AreDemandsAndMilitaryCooperation(string sentence, string line) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(line));

    [TestCase("Armenia and Azerbaijan initialled the peace agreement in August.")]
    [TestCase("Armenia and Azerbaijan will sign the peace agreement next year.")]
    public void Extract_AgreementBetweenStatesInitialledOrUnsignedElsewhere_MakesNoPartyAsAFact(string elsewhere) =>
        Assert.That(ExtractWithGraphData("The peace agreement between Armenia and Azerbaijan is historic.", elsewhere).Relations
            .Where(x => x.Type == "party-to" && x.Certainty is Certainty.Stated or Certainty.Reported), Is.Empty);

    [TestCase("Azerbaijan intends to criticize the European Union.", Certainty.Hypothetical, ModalityKind.Intent)]
    [TestCase("Azerbaijan decided to criticize the European Union.", Certainty.Stated, null)]
    [TestCase("Azerbaijan is ready to criticize the European Union.", Certainty.Hypothetical, ModalityKind.Readiness)]
    [TestCase("Azerbaijan will criticize the European Union.", Certainty.Hypothetical, ModalityKind.Plan)]
    [TestCase("Azerbaijan plans to criticize the European Union.", Certainty.Hypothetical, ModalityKind.Plan)]
    [TestCase("Azerbaijan can criticize the European Union.", Certainty.Hypothetical, ModalityKind.Ability)]
    [TestCase("Azerbaijan could criticize the European Union.", Certainty.Hypothetical, ModalityKind.Possibility)]
    [TestCase("If Azerbaijan criticizes the European Union, talks stop.", Certainty.Hypothetical, ModalityKind.Condition)]
    [TestCase("Azerbaijan did not criticize the European Union.", Certainty.Denied, ModalityKind.Negation)]
    [TestCase("Azerbaijan refused to criticize the European Union.", Certainty.Denied, ModalityKind.Negation)]
    [TestCase("Azerbaijan has yet to criticize the European Union.", Certainty.Denied, ModalityKind.Negation)]
    [TestCase("Baku denied that Azerbaijan criticized the European Union.", Certainty.Denied, ModalityKind.Denial)]
    [TestCase("Officials said that Azerbaijan criticized the European Union.", Certainty.Reported, ModalityKind.Claim)]
    [TestCase("Azerbaijan allegedly criticized the European Union.", Certainty.Hedged, ModalityKind.Claim)]
    [TestCase("It appears that Azerbaijan criticized the European Union.", Certainty.Hedged, ModalityKind.Hedge)]
    [TestCase("Azerbaijan pledged to end the dispute, reopen trade and criticize the European Union.", Certainty.Hypothetical, ModalityKind.Intent)]
    [TestCase("Russia insisted that Azerbaijan criticize the European Union.", Certainty.Hypothetical, ModalityKind.Intent)]
    [TestCase("Baku's demand that Azerbaijan criticize the European Union was ignored.", Certainty.Hypothetical, ModalityKind.Intent)]
    [TestCase("Azerbaijan took a decision to criticize the European Union.", Certainty.Stated, null)]
    [TestCase("Azerbaijan didn't criticize the European Union.", Certainty.Denied, ModalityKind.Negation)]
    [TestCase("Azerbaijan won’t criticize the European Union.", Certainty.Denied, ModalityKind.Negation)]
    [TestCase("Azerbaijan sent a notification to criticize the European Union.", Certainty.Hypothetical, ModalityKind.Intent)]
    [TestCase("Within the next weeks we will have a large team from Azerbaijan criticize the European Union.", Certainty.Hypothetical, ModalityKind.Plan)]
    [TestCase("Azerbaijan must criticize the European Union first.", Certainty.Hypothetical, ModalityKind.Condition)]
    [TestCase("Azerbaijan will not criticize the European Union unless Russia does.", Certainty.Hypothetical, ModalityKind.Condition)]
    [TestCase("Azerbaijan needs to criticize the European Union.", Certainty.Hypothetical, ModalityKind.Condition)]
    public void Assess_NamesTheModality(string sentence, Certainty certainty, ModalityKind? modality)
    {
        var c = Extract(sentence).Relations.Single(x => x.Type == "criticized");
        Assert.Multiple(() =>
        {
            Assert.That(c.Certainty, Is.EqualTo(certainty));
            Assert.That(c.Modality, Is.EqualTo(modality));
            Assert.That(c.ModalityCue, modality is null ? Is.Null : Is.Not.Null);
        });
    }

    [Test]
    public void Assess_PlainStatement_HasNoModality()
    {
        var c = Extract("Azerbaijan criticized the European Union, not only in words.").Relations.Single(x => x.Type == "criticized");
        Assert.Multiple(() =>
        {
            Assert.That(c.Certainty, Is.EqualTo(Certainty.Stated));
            Assert.That(c.Modality, Is.Null);
        });
    }

    [TestCase("Russia demanded that Armenia apologize, and Azerbaijan criticized the European Union.")]
    [TestCase("Armenia decided to join the talks. Azerbaijan criticized the European Union.")]
    public void Assess_ActOutsideTheCuesReach_IsStated(string text)
    {
        var c = Extract(text).Relations.Single(x => x.Type == "criticized");
        Assert.That(c.Certainty, Is.EqualTo(Certainty.Stated), c.ModalityCue);
    }

    [Test]
    public void Request_ToDissolveABody_IsTheRequestNotTheDissolution()
    {
        var lines = Lines(new ArticleExtractor(RealGraph.Value).Extract("Talks\n\nArmenia and Azerbaijan jointly appealed to the OSCE to dissolve the Caspian Council.\n"));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.SupersetOf(new[] { "armenia requested-dissolution-of caspian-council (stated)", "azerbaijan requested-dissolution-of caspian-council (stated)" }));
            Assert.That(lines.Where(l => l.Contains(" dissolved ", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [TestCase("Azerbaijan made the group's dissolution a precondition for signing the Caspian Transit Treaty with Armenia.")]
    [TestCase("Armenia has long been trying to sign the Caspian Transit Treaty.")]
    [TestCase("It remains one of the conditions set by Azerbaijan for signing the Caspian Transit Treaty with Armenia.")]
    public void Sign_AsAPreconditionOrAnAttempt_IsNeverADoneFact(string sentence) =>
        Assert.That(Extract(sentence).Relations.Where(x => x.Type == "signed" && x.Certainty is Certainty.Stated or Certainty.Reported), Is.Empty);

    [TestCase("Russia called the vote the beginning of Armenia's suspension of the Caspian Transit Treaty.")]
    [TestCase("Moscow has received no official notification of Armenia's suspension of the Caspian Transit Treaty.")]
    [TestCase("The parliament debated a bill on Armenia suspending the Caspian Transit Treaty.")]
    public void NominalUnderATopicOrAnAbsentNotice_IsNotStated(string sentence) =>
        Assert.That(Extract(sentence).Relations.Where(x => x.Type == "suspended"), Is.Empty);

    [TestCase("Moscow has received an official notification of Armenia's suspension of the Caspian Transit Treaty.")]
    [TestCase("The parliament welcomed Armenia's suspension of the Caspian Transit Treaty.")]
    public void NominalAnnouncedOrWelcomed_IsStated(string sentence) =>
        Assert.That(Extract(sentence).Relations.Where(x => x.Type == "suspended" && x.Source == "armenia" && x.Certainty == Certainty.Stated), Is.Not.Empty);

    [Test]
    public void NameParts_ABodysOwnHeadNoun_IsNoParent() =>
        Assert.That(new ArticleExtractor(RealGraph.Value).Extract("Votes\n\nThe European Parliament criticized Azerbaijan on Thursday.\n").Relations
            .Where(x => x.Type == "part-of" && x.Target == "parliament-of-armenia"), Is.Empty);

    [Test]
    public void Readiness_ToSignWithoutAnObject_TakesTheDocumentNamedBeforeAndItsSpeaker()
    {
        var lines = Lines(Extract("Nikol Pashinyan said that the text of the Caspian Transit Treaty was ready and that Armenia was prepared to sign."));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.SupersetOf(new[]
            {
                "armenia expressed-readiness-to-sign caspian-transit-treaty (hypothetical)",
                "nikol-pashinyan expressed-readiness-to-sign caspian-transit-treaty (hypothetical)",
            }));
            Assert.That(lines.Where(l => l.Contains(" signed ", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void Readiness_ToSign_IsAnIntentionNeverSigned()
    {
        var r = Extract("Armenia and Azerbaijan confirmed their readiness to sign the Caspian Transit Treaty.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Relations.Where(x => x.Type == "signed"), Is.Empty);
            var ready = r.Relations.Where(x => x.Type == "expressed-readiness-to-sign").ToList();
            Assert.That(ready.Select(x => x.Source), Is.EquivalentTo(new[] { "armenia", "azerbaijan" }));
            Assert.That(ready.Select(x => x.Certainty).Distinct(), Is.EqualTo(new[] { Certainty.Hypothetical }));
            Assert.That(ready.Select(x => x.Modality).Distinct(), Is.EqualTo(new ModalityKind?[] { ModalityKind.Readiness }));
        });
    }

    [TestCase("Armenia did not sign the Caspian Transit Treaty.")]
    [TestCase("Armenia might sign the Caspian Transit Treaty.")]
    [TestCase("Armenia wants to sign the Caspian Transit Treaty.")]
    [TestCase("Armenia signed nothing; the Caspian Transit Treaty is a draft.")]
    public void Sign_UnderNegationOrModality_IsNeverADoneFact(string sentence) =>
        Assert.That(Extract(sentence).Relations.Where(x => x.Type == "signed" && x.Certainty is Certainty.Stated or Certainty.Reported), Is.Empty);

    [TestCase("The memorandum envisions a working group to prepare the Armenia–Azerbaijan Transit Agreement.")]
    [TestCase("The Armenia–Azerbaijan Transit Agreement has not yet been signed.")]
    [TestCase("Officials discussed the draft Armenia–Azerbaijan Transit Agreement.")]
    public void NameParties_OfADocumentNotInForce_AreNotProposed(string sentence) =>
        Assert.That(Extract(sentence).Relations.Where(x => x.Type == "party-to"), Is.Empty);

    [Test]
    public void NameParties_OfAKnownAgreementNamedWithoutThem_AreNotProposed()
    {
        // graph-data's treaty is named "Armenia-Azerbaijan ... peace treaty"; this text's "the peace agreement with Azerbaijan"
        // links to it but does not say who is party to it.
        var r = new ArticleExtractor(RealGraph.Value).Extract("Talks\n\nArmenia announced that the text of the peace agreement with Azerbaijan had been agreed.\n");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Select(e => e.Id), Does.Contain("armenia-azerbaijan-peace-treaty"));
            Assert.That(r.Relations.Where(x => x.Type == "party-to"), Is.Empty);
        });
    }

    [Test]
    public void NameParties_OfADocumentCalledUnsignedElsewhere_AreNotProposed() =>
        Assert.That(
            Extract("Officials praised the Armenia–Azerbaijan Transit Agreement.", "The Armenia–Azerbaijan Transit Agreement remains unsigned.").Relations.Where(x => x.Type == "party-to"),
            Is.Empty);

    [TestCase("On Friday, during a meeting between Nikol Pashinyan and Vladimir Putin, two memoranda are expected to be signed.", Certainty.Hypothetical)]
    [TestCase("During a meeting between Nikol Pashinyan and Vladimir Putin, the two leaders will sign a declaration.", Certainty.Hypothetical)]
    [TestCase("During a meeting between Nikol Pashinyan and Vladimir Putin, the two leaders signed a declaration.", Certainty.Stated)]
    [TestCase("During a meeting between Nikol Pashinyan and Vladimir Putin, officials said that talks would resume.", Certainty.Stated)]
    public void Assess_EventInAFrontedPhrase_TakesThePlanOfItsClause(string sentence, Certainty certainty)
    {
        var meeting = new ArticleExtractor(RealGraph.Value).Extract("Talks\n\n" + sentence + "\n").Relations
            .Single(r => r.Type == "held-talks-with" && r.Rule == "between-pair");
        Assert.That(meeting.Certainty, Is.EqualTo(certainty));
    }
}
