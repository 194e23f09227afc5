using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>Places the graph lacks: names before a place noun, the city of a name, names after a locative preposition, foreign capitals as venues.</summary>
public sealed class PlaceMentionTests
{
    [Test]
    public void Extract_HyphenatedNameBeforeAPlaceNoun_IsOnePlace() =>
        Assert.That(Extract("They met on the Alican-Margara crossing.").Entities.Single(e => e.Kind == "Place").Name, Is.EqualTo("Alican-Margara crossing"));

    [TestCase("The route would pass through Armenia's Syunik province to Azerbaijan's Nakhichevan exclave.", "syunik part-of armenia (stated)")]
    [TestCase("The route would pass through Armenia's Syunik province to Azerbaijan's Nakhichevan exclave.", "nakhchivan part-of azerbaijan (stated)")]
    [TestCase("Azerbaijan wants a corridor across Syunik, the only Armenian province on the Iranian border.", "syunik part-of armenia (stated)")]
    [TestCase("Leaders met in Kazakhstan's capital Astana.", "astana located-in kazakhstan (stated)")]
    [TestCase("Karabakh is part of Azerbaijan.", "karabakh part-of azerbaijan (stated)")]
    [TestCase("Troops left Karabakh, a region widely recognized as part of Azerbaijan.", "karabakh part-of azerbaijan (stated)")]
    public void Extract_RegionOfAStateByPossessiveOrApposition_IsPartOfIt(string sentence, string line) =>
        Assert.That(Lines(ExtractWithGraphData(sentence)), Does.Contain(line));

    [Test]
    public void Extract_RecognizedAsPartOf_IsNoRecognitionOfTheState() =>
        Assert.That(Lines(ExtractWithGraphData("Armenia occupied Karabakh, a region widely recognized as part of Azerbaijan.")).Where(l => l.Contains("recogni", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void Extract_NegatedPartOf_IsNoPartOf() =>
        Assert.That(Lines(ExtractWithGraphData("Karabakh is not part of Armenia.")).Where(l => l.Contains("part-of", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public void Extract_NameBeforeAnAreaNoun_IsThePlaceMetAgainByItsName()
    {
        var r = Extract("Troops left the Lori region in May.", "Lori remained calm.");
        var place = r.Entities.Single(e => e.Name == "Lori");
        Assert.Multiple(() =>
        {
            Assert.That(place.Kind, Is.EqualTo("Place"));
            Assert.That(place.Aliases, Does.Contain("Lori region"));
            Assert.That(place.Mentions, Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void Extract_NameBeforeAFacilityNoun_IsTheFacility() =>
        Assert.That(Extract("Armenian officers took over the Erebuni airport in May.").Entities.Single(e => e.Name == "Erebuni airport").Kind, Is.EqualTo("Place"));

    [TestCase("Protesters gathered at the Lusavan checkpoint on Monday.", "Lusavan checkpoint")]
    [TestCase("The two leaders met at the Sevan Palace in Moscow.", "Sevan Palace")]
    [TestCase("Soldiers were seen in the Armenian city of Vanadzor on Monday.", "Vanadzor")]
    [TestCase("The jet crashed near Kostanay in May.", "Kostanay")]
    [TestCase("The observers are based in Yeghvard and patrol the border.", "Yeghvard")]
    [TestCase("Nakhchivan Autonomous Republic borders Armenia.", "Nakhchivan Autonomous Republic")]
    public void Extract_PlacesByContext_ArePlaces(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Place"));

    [TestCase("Relations were better in Soviet times.")]
    [TestCase("The text was published in English and Armenian.", "The english version came later.")]
    [TestCase("The interview was given in English.")]
    [TestCase("The statement was read in Persian on Monday.")]
    [TestCase("The Prime Minister of the Republic of Armenia arrived.")]
    public void Extract_CapitalizedWordsThatAreNoPlace_MakeNoPlace(params string[] paragraphs) =>
        Assert.That(Extract(paragraphs).Entities.Where(e => e.IsNew && e.Kind == "Place"), Is.Empty);

    [Test]
    public void Extract_ForeignCapitalAfterIn_IsTheVenueNotItsGovernment()
    {
        var r = Extract("Armenia and Azerbaijan held talks in Abu Dhabi.", "Armenia and Azerbaijan agreed to meet again.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Single(e => e.Name == "Abu Dhabi").Kind, Is.EqualTo("Place"));
            Assert.That(r.Entities.Select(e => e.IsoAlpha2), Does.Not.Contain("AE"));
        });
    }

    [Test]
    public void Extract_CapitalOfAMainStateAfterIn_StandsForItsGovernment()
    {
        var r = Extract("Armenia and Azerbaijan held talks in Baku.", "Armenia and Azerbaijan agreed to meet again.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Where(e => e.Kind == "Place" && e.IsNew), Is.Empty);
            Assert.That(r.Entities.Single(e => e.Id == "azerbaijan").Mentions.Select(m => m.Text), Does.Contain("Baku"));
        });
    }

    [Test]
    public void Extract_DatelineCapital_IsNoMentionOfTheGovernment() =>
        Assert.That(Extract("MOSCOW (Caspian Wire) – Armenia said on Wednesday it would skip the summit.").Entities.Select(e => e.Id), Does.Not.Contain("russia"));

    [Test]
    public void Extract_CapitalsJoinedBeforeARouteNoun_AreTheRoutesName()
    {
        // Readers name such a road as one place ("the Yerevan-Tbilisi interstate highway", "the Kars-Gyumri railway"); the
        // capitals in its name stand for no government.
        var r = Extract("Residents blocked the Moscow-Yerevan highway on Monday.");
        Assert.Multiple(() =>
        {
            Assert.That(r.Entities.Select(e => e.Id), Does.Not.Contain("russia").And.Not.Contain("armenia"));
            Assert.That(r.Entities.Single(e => e.Name == "Moscow-Yerevan highway").Kind, Is.EqualTo("Place"));
        });
    }

    [Test]
    public void Extract_StatesJoinedBeforeBorder_AreABorderPlace() =>
        Assert.That(Extract("Trucks crossed the Armenia-Russia border in May.").Entities.Single(e => e.Name == "Armenia-Russia border").Kind, Is.EqualTo("Place"));

    [Test]
    public void Extract_StateBorderOfTheSameStates_IsTheSameBorder()
    {
        var r = Extract("Trucks crossed the Armenia-Russia border in May.", "Guards left the Armenia-Russia state border in June.");
        Assert.That(r.Entities.Where(e => e.Kind == "Place" && e.IsNew).Select(e => e.Name), Is.EqualTo(new[] { "Armenia-Russia border" }));
    }

    [Test]
    public void Extract_BorderTheGraphNamesWithMoreWords_LinksTheGraphPlace()
    {
        var r = ExtractWithGraphData("Armenia and Azerbaijan agreed on the Armenia-Azerbaijan border.");
        Assert.That(r.Entities.Where(e => e.Kind == "Place").Select(e => e.Id), Is.EqualTo(new[] { "armenia-azerbaijan-border" }));
    }

    [TestCase("The road crosses Syunik, the only Armenian province on the Iranian border.", "Syunik")]
    [TestCase("The base is in Gyumri, a city in the north.", "Gyumri")]
    public void Extract_NameBeforeAnApposedKindOfPlace_IsAPlace(string sentence, string name) =>
        Assert.That(Extract(sentence).Entities.Single(e => e.Name == name).Kind, Is.EqualTo("Place"));

    [Test]
    public void Extract_ArrivingInAnotherStatesCapital_IsAVisitToThatState() =>
        Assert.That(Lines(ExtractWithGraphData("Iranian President Masoud Pezeshkian arrived in Yerevan on Monday.")),
            Does.Contain("masoud-pezeshkian visited armenia (stated)"));
}
