using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

public sealed class PartialDateTests
{
    [TestCase("2025", DatePrecision.Year, "2025")]
    [TestCase("2025-03", DatePrecision.Month, "March 2025")]
    [TestCase("2025-03-14", DatePrecision.Day, "14 March 2025")]
    public void Parse_PartialIsoDate_KeepsItsPrecision(string text, DatePrecision precision, string display)
    {
        var date = PartialDate.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(date.Precision, Is.EqualTo(precision));
            Assert.That(date.ToString(), Is.EqualTo(text));
            Assert.That(date.ToDisplayString(), Is.EqualTo(display));
        });
    }

    [TestCase("2025-02-29")]
    [TestCase("2025-13")]
    [TestCase("0000")]
    [TestCase("25-03-14")]
    [TestCase("2025-3-14")]
    [TestCase("")]
    public void TryParse_InvalidOrImpossibleDate_Fails(string text) =>
        Assert.That(PartialDate.TryParse(text, out _), Is.False);

    [Test]
    public void Month_CoversEveryDayOfTheMonth()
    {
        var march = PartialDate.Parse("2025-03");
        Assert.Multiple(() =>
        {
            Assert.That(march.Earliest, Is.EqualTo(new DateOnly(2025, 3, 1)));
            Assert.That(march.Latest, Is.EqualTo(new DateOnly(2025, 3, 31)));
            Assert.That(RelationTime.At(march).HeldOn(new DateOnly(2025, 3, 20)), Is.True);
            Assert.That(RelationTime.At(march).HeldOn(new DateOnly(2025, 4, 1)), Is.False);
        });
    }

    [Test]
    public void Period_OpenEnded_HoldsFromItsStart()
    {
        var since2020 = RelationTime.Between(PartialDate.Parse("2020"), null);
        Assert.Multiple(() =>
        {
            Assert.That(since2020.HeldOn(new DateOnly(2019, 12, 31)), Is.False);
            Assert.That(since2020.HeldOn(new DateOnly(2030, 1, 1)), Is.True);
            Assert.That(since2020.Overlaps(new DateOnly(2018, 1, 1), new DateOnly(2020, 1, 1)), Is.True);
            Assert.That(RelationTime.Unknown.HeldOn(new DateOnly(1900, 1, 1)), Is.True, "an undated relation is not excluded by a date filter");
        });
    }
}
