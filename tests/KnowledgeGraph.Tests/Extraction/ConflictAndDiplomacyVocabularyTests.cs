using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The relation types added for facts the news genre states and the vocabulary could not hold (sanctions and their lifting,
/// threats, attacks, armed conflicts, broken ties, recalled ambassadors), read with graph-data's vocabulary, on sentences
/// written for these tests. Planned, threatened, denied or predicted acts are never stated.
/// </summary>
public sealed class ConflictAndDiplomacyVocabularyTests
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(() => new ArticleExtractor(Graph.Load(RepositoryPaths.GraphData)));

    private static string[] Lines(params string[] paragraphs) =>
        ExtractionTestGraph.Lines(Extractor.Value.Extract("A test article about the region\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc"));

    private static string[] Typed(string type, string sentence) => [.. Lines(sentence).Where(l => l.Split(' ')[1] == type)];

    [TestCase("The United States imposed sanctions on Belarus in 2021.", "united-states sanctioned belarus (stated)")]
    [TestCase("Canada has sanctioned Belarus.", "canada sanctioned belarus (stated)")]
    [TestCase("Canada imposed an arms embargo on Belarus.", "canada sanctioned belarus (stated)")]
    [TestCase("The EU is preparing new sanctions against Belarus.", "eu sanctioned belarus (hypothetical)")]
    [TestCase("Canada could sanction Georgia next month.", "canada sanctioned georgia (hypothetical)")]
    [TestCase("The United States has not imposed financial sanctions against Georgia.", "united-states sanctioned georgia (denied)")]
    [TestCase("Officials denied that Canada sanctioned Georgia.", "canada sanctioned georgia (denied)")]
    public void Sanctions_CarryTheirCertainty(string sentence, string expected) =>
        Assert.That(Typed("sanctioned", sentence), Is.EqualTo(new[] { expected }));

    [Test]
    public void Sanctions_ThreatenedOrLifted_AreNoSanction()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("Canada threatened sanctions against Georgia."), Is.EqualTo(new[] { "canada threatened georgia (stated)" }));
            Assert.That(Lines("Canada lifted its sanctions on Belarus."), Is.EqualTo(new[] { "canada lifted-restrictions-on belarus (stated)" }));
        });
    }

    [TestCase("Belarus was sanctioned by Canada for attacking Ukraine.")]
    [TestCase("Canada sanctioned Belarus for attacking Ukraine.")]
    public void SanctionedForAttacking_TheSanctionedStateAttacked(string sentence) =>
        Assert.That(Lines(sentence), Is.EquivalentTo(new[] { "belarus attacked ukraine (stated)", "canada sanctioned belarus (stated)" }));

    [Test]
    public void CriticizedByForAttacking_TheByPhraseIsNoAttacker() =>
        Assert.That(Lines("Belarus was criticized by Canada for attacking Ukraine."), Does.Contain("belarus attacked ukraine (stated)").And.None.Contains("canada attacked"));

    [TestCase("Turkey lifted restrictions on trade with Armenia.", "turkey lifted-restrictions-on armenia (stated)")]
    [TestCase("Azerbaijan lifted all transit restrictions on goods bound for Armenia.", "azerbaijan lifted-restrictions-on armenia (stated)")]
    [TestCase("Canada lifted a restriction on defense cooperation with Azerbaijan.", "canada lifted-restrictions-on azerbaijan (stated)")]
    public void LiftedRestrictions_AreTheirOwnRelationAndNoCooperation(string sentence, string expected) =>
        Assert.That(Lines(sentence), Is.EqualTo(new[] { expected }));

    [Test]
    public void LiftedRestrictions_OtherSensesAndWaiversOfALaw_AreNot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("Turkey eased tensions with Armenia and removed a reference to the treaty."), Has.None.Contains("lifted-restrictions-on"));
            Assert.That(Lines("President Trump waived Section 907 of the Freedom Support Act again."),
                Does.Contain("trump suspended freedom-support-act-section-907 (stated)").And.None.Contains("lifted-restrictions-on"));
        });
    }

    [TestCase("Azerbaijan attacked Armenia in September 2022.", "azerbaijan attacked armenia (stated)")]
    [TestCase("Russia invaded Ukraine in February 2022.", "russia attacked ukraine (stated)")]
    [TestCase("Azerbaijan denied that it attacked Armenia.", "azerbaijan attacked armenia (denied)")]
    [TestCase("Azerbaijan could attack Armenia if the talks fail.", "azerbaijan attacked armenia (hypothetical)")]
    public void Attacks_CarryTheirCertainty(string sentence, string expected) =>
        Assert.That(Typed("attacked", sentence), Is.EqualTo(new[] { expected }));

    [TestCase("Pashinyan said a fresh attack on Armenia by Azerbaijan was very likely.")]
    [TestCase("Azerbaijan attacked France in a statement over its policy.")]
    [TestCase("Russia sharply attacked Georgia over the new law.")]
    [TestCase("Canada condemned the attack on the embassy.")]
    public void Attacks_PredictedOrVerbal_AreNoAttack(string sentence) =>
        Assert.That(Lines(sentence), Has.None.Contains(" attacked "));

    [Test]
    public void Threats_AreVerbalActsAndBeingAThreatIsNone()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("Turkey threatened Armenia with consequences."), Is.EqualTo(new[] { "turkey threatened armenia (stated)" }));
            Assert.That(Lines("Russia made threats against Georgia and Armenia."), Is.EquivalentTo(new[] { "russia threatened armenia (stated)", "russia threatened georgia (stated)" }));
            Assert.That(Lines("Baku said that the EU mission posed a threat to Armenia."), Has.None.Contains("threatened"));
        });
    }

    [TestCase("Russia's war against Ukraine continues.", "russia in-conflict-with ukraine (stated)")]
    [TestCase("Georgia and Russia have been at war since August.", "georgia in-conflict-with russia (stated)")]
    [TestCase("Clashes between Armenia and Azerbaijan erupted in 2022.", "armenia in-conflict-with azerbaijan (stated)")]
    public void ArmedConflicts_RelateTheSides(string sentence, string expected) =>
        Assert.That(Lines(sentence), Does.Contain(expected));

    [TestCase("Armenia fears a new war with Azerbaijan.")]
    [TestCase("The monitors reduce the risk of a conflict between Armenia and Azerbaijan.")]
    [TestCase("Both leaders pledged to end all hostilities between Armenia and Azerbaijan.")]
    [TestCase("Armenia wants to avoid a war with Russia.")]
    public void ArmedConflicts_FearedRiskedOrEnded_AreNotStated(string sentence) =>
        Assert.That(Lines(sentence), Has.None.Contains("in-conflict-with"));

    [TestCase("Azerbaijan severed diplomatic relations with Iran in 2023.", "azerbaijan severed-ties-with iran (stated)")]
    [TestCase("Georgia broke off relations with Russia after the war.", "georgia severed-ties-with russia (stated)")]
    public void BrokenTies_HaveTheActorAsSource(string sentence, string expected) =>
        Assert.That(Lines(sentence), Does.Contain(expected).And.None.Contains("maintains-relations-with"));

    [Test]
    public void BrokenTies_NotSeveredOrOtherCuts_AreNoBreak()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("Armenia kept ties with France without severing ties with Russia."), Does.Contain("armenia severed-ties-with russia (denied)")
                .And.None.Contains("maintains-relations-with russia"));
            Assert.That(Lines("Russia cut off gas supplies to Armenia."), Is.Empty);
        });
    }

    [Test]
    public void RecalledAmbassador_IsNoWithdrawal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("Russia recalled its ambassador from Armenia for consultations."), Is.EqualTo(new[] { "russia recalled-ambassador-from armenia (stated)" }));
            Assert.That(Lines("Azerbaijan recalled its envoy to France over the resolution."), Does.Contain("azerbaijan recalled-ambassador-from france (stated)"));
            Assert.That(Lines("Pashinyan recalled that Russia had promised support to Armenia."), Has.None.Contains("recalled-ambassador-from"));
        });
    }

    [TestCase("Talks between Armenia and Azerbaijan are expected in Abu Dhabi.")]
    [TestCase("A new meeting with Azerbaijan is now likely, Armenian officials said.")]
    public void Predictions_OfAnyRelation_StateNothing(string sentence) =>
        Assert.That(Lines(sentence), Has.None.Contains("held-talks-with"));

    [Test]
    public void VerbAfterARelativeClauseAndComma_ContinuesTheMainClause()
    {
        var lines = Lines("Pashinyan criticised Russia over the case of Ivan Petrovsky, who was returned to Russia, and threatened Russia with consequences.");
        Assert.That(lines, Does.Contain("nikol-pashinyan threatened russia (stated)").And.None.Contains("ivan-petrovsky threatened"));
    }
}
