using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>
/// The stages and rules added for issue 13, on sentences written for the tests, against the real graph-data (its
/// vocabulary has the genre's types: hosted, connects, passes-through, ...; its entities test linking).
/// </summary>
public sealed class PipelineStageTests
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(() => new ArticleExtractor(Graph.Load(RepositoryPaths.GraphData)));

    private static ExtractionResult Extract(params string[] paragraphs) =>
        Extractor.Value.Extract("A test article about the region\n\n" + string.Join("\n\n", paragraphs) + "\n", "test-doc");

    private static string[] Lines(ExtractionResult r) =>
        [.. r.Relations.Select(x => $"{x.Source} {x.Type} {x.Target} ({x.Certainty.ToString().ToLowerInvariant()})").Distinct().Order(StringComparer.Ordinal)];

    [Test]
    public void Host_ActiveVerb_GivesHostAndGuests() =>
        Assert.That(Lines(Extract("President Vladimir Putin hosted Prime Minister Nikol Pashinyan and President Ilham Aliyev in the Kremlin.")),
            Is.SupersetOf(new[] { "vladimir-putin hosted nikol-pashinyan (stated)", "vladimir-putin hosted ilham-aliyev (stated)" }));

    [Test]
    public void Coordination_TwoTitledSigners_BothSign()
    {
        var r = Extract("Russian Foreign Minister Sergei Lavrov and Armenian Foreign Minister Ararat Mirzoyan signed the Caspian Transit Protocol.");
        var signers = r.Relations.Where(x => x.Type == "signed" && x.Target == "caspian-transit-protocol").Select(x => x.Source).ToList();
        Assert.That(signers, Is.EquivalentTo(new[] { "sergey-lavrov", "ararat-mirzoyan" }), "both are graph entities; \"Sergei\" links to Sergey Lavrov");
    }

    [Test]
    public void Apposition_TitleAfterTheName_GivesThePersonAndTheOffice()
    {
        var r = Extract("Ilham Aliyev, the president of Azerbaijan, and Nikol Pashinyan held talks in Dubai.", "Nikol Pashinyan, the prime minister of Armenia, left early.");
        Assert.Multiple(() =>
        {
            Assert.That(Lines(r), Is.SupersetOf(new[]
            {
                "ilham-aliyev head-of-state-of azerbaijan (stated)",
                "ilham-aliyev held-talks-with nikol-pashinyan (stated)",
                "nikol-pashinyan head-of-government-of armenia (stated)",
            }));
            Assert.That(r.Entities.Single(e => e.Id == "ilham-aliyev").Role, Is.EqualTo("president of Azerbaijan").IgnoreCase, "Aliyev is a graph entity, whose role is capitalised");
        });
    }

    [Test]
    public void Route_ConnectsAWithBThroughC_GivesBothEndsAndThePassage()
    {
        var r = Extract("The Araks Corridor connects Azerbaijan with Iran through Armenia.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Id == "araks-corridor").Kind, Is.EqualTo("Place"));
            Assert.That(Lines(r), Is.SupersetOf(new[]
            {
                "araks-corridor connects azerbaijan (stated)",
                "araks-corridor connects iran (stated)",
                "araks-corridor passes-through armenia (stated)",
            }));
        });
    }

    [Test]
    public void GroupAnaphora_BothLeaders_StandsForTheLastPairOfLeaders() =>
        Assert.That(Lines(Extract("Vladimir Putin and Nikol Pashinyan met in Moscow. Both leaders criticized NATO.")),
            Is.SupersetOf(new[] { "vladimir-putin criticized nato (stated)", "nikol-pashinyan criticized nato (stated)" }));

    [Test]
    public void TitleCoreference_TheRussianPresident_IsTheTitledPerson() =>
        Assert.That(Lines(Extract("Russian President Vladimir Putin spoke first. Later the Russian president criticized NATO.")),
            Does.Contain("vladimir-putin criticized nato (stated)"));

    [Test]
    public void Metonym_CapitalInsideAName_IsNotTheGovernment() =>
        Assert.That(Extract("Diplomats long praised the Moscow format and the Moscow Group.").Entities.Select(e => e.Id), Does.Not.Contain("russia"));

    [Test]
    public void Linking_SharedGenericWords_DoNotLinkToAKnownAgreement()
    {
        var r = Extract("A working group will prepare a strategic partnership charter between Azerbaijan and the United States.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Select(e => e.Id), Does.Not.Contain("armenia-us-strategic-partnership-charter"));
            Assert.That(r.Relations.Where(x => x.Target == "armenia-us-strategic-partnership-charter"), Is.Empty);
        });
    }

    [Test]
    public void Linking_AgreementNamedWithoutItsParties_LinksWhenThePartiesAreNamed()
    {
        var r = Extract("Armenia and Azerbaijan have not signed the Peace Treaty.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Where(e => e.Kind == "Agreement").Select(e => e.Id), Is.EqualTo(new[] { "armenia-azerbaijan-peace-treaty" }));
            Assert.That(r.Relations.Where(x => x.Type == "signed").Select(x => x.Certainty).Distinct(), Is.EqualTo(new[] { Certainty.Denied }));
        });
    }

    [Test]
    public void Linking_GraphEntityWrittenAnotherWay_GetsNoSecondId() =>
        Assert.That(Extract("Observers discussed the Armenia Azerbaijan Peace Treaty at length.").Entities.Select(e => e.Id),
            Has.None.StartsWith("armenia-azerbaijan-peace-treaty-").And.None.EqualTo("peace-treaty"));

    [Test]
    public void AgreementBetween_NamesItsParties() =>
        Assert.That(Lines(Extract("The Memorandum of Understanding between Azerbaijan and the United States covers energy.")),
            Is.SupersetOf(new[] { "azerbaijan party-to memorandum-of-understanding (stated)", "united-states party-to memorandum-of-understanding (stated)" }));

    [TestCase("Border questions and a peace treaty between Baku and Yerevan go to separate talks.")]
    [TestCase("Baku wrote most of the text of the peace treaty between Azerbaijan and Armenia.")]
    public void AgreementBetween_AnyTreatyOrOneStillBeingWritten_NamesNoParties(string sentence) =>
        Assert.That(Extract(sentence).Relations.Where(r => r.Type == "party-to"), Is.Empty);

    [Test]
    public void Readiness_WithTheRealVocabulary_IsAnExpressedReadinessNeverSigned()
    {
        var r = Extract("Armenia confirmed its readiness to sign the Peace Treaty with Azerbaijan.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Relations.Where(x => x.Type == "signed" && x.Certainty is Certainty.Stated or Certainty.Reported), Is.Empty);
            Assert.That(r.Relations.Single(x => x.Source == "armenia" && x.Type == "expressed-readiness-to-sign").Modality, Is.EqualTo(ModalityKind.Readiness));
        });
    }

    /// <summary>
    /// Robustness: the corpus articles with their clauses and words reordered (seeded, so a failure repeats) are odd text, and
    /// the extractor must still return a draft for each, never throw: every rule's spans and look-arounds stay in range.
    /// </summary>
    [Test]
    public void Extract_ReorderedCorpusText_NeverThrows()
    {
        var extractor = Extractor.Value;
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus");
        var random = new Random(20261205);
        var runs = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var paragraphs = File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            for (var variant = 0; variant < 3; variant++)
            {
                var changed = paragraphs.Select(p =>
                {
                    var clauses = p.Split(", ");
                    random.Shuffle(clauses);
                    var text = string.Join(", ", clauses);
                    if (variant == 2)
                    {
                        var words = text.Split(' ');
                        random.Shuffle(words);
                        text = string.Join(' ', words);
                    }

                    return text;
                });
                var article = paragraphs[0] + "\n\n" + string.Join("\n\n", changed.Skip(1)) + "\n";
                try { extractor.Extract(article, "scrambled"); } catch (Exception ex) { TestContext.Out.WriteLine(article); TestContext.Out.WriteLine(ex); throw; }
                runs++;
            }
        }

        Assert.That(runs, Is.GreaterThanOrEqualTo(36));
    }
}
