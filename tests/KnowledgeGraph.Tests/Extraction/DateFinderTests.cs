using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Extraction;

public sealed class DateFinderTests
{
    [TestCase("The accord was initialled on June 3, 2024 in Oslo.", "2024-06-03", DatePrecision.Day)]
    [TestCase("The accord was initialled on 3 June 2024 in Oslo.", "2024-06-03", DatePrecision.Day)]
    [TestCase("Talks resumed in June 2024 after a pause.", "2024-06", DatePrecision.Month)]
    [TestCase("A vote is expected in 2029.", "2029", DatePrecision.Year)]
    public void Find_WrittenDates_CarryTheirPrecision(string text, string expected, DatePrecision precision)
    {
        var d = DateFinder.Find(text, null).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Time.Point.ToString(), Is.EqualTo(expected));
            Assert.That(d.Time.Point!.Value.Precision, Is.EqualTo(precision));
            Assert.That(d.YearInferred, Is.False);
        });
    }

    [Test]
    public void Find_DayWithoutYear_InheritsTheContextYear()
    {
        var d = DateFinder.Find("The envoys met again on October 2 in Vienna.", 2023).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Time.Point, Is.EqualTo(new PartialDate(2023, 10, 2)));
            Assert.That(d.YearInferred, Is.True);
        });
    }

    [Test]
    public void Find_DayWithoutYearOrContext_IsNotADate() =>
        Assert.That(DateFinder.Find("The envoys met again on October 2.", null), Is.Empty);

    [TestCase("Hearings run September 8-12, 2025 in The Hague.")]
    [TestCase("Hearings run September 8–12, 2025 in The Hague.")]
    [TestCase("Hearings run 8–12 September 2025 in The Hague.")]
    public void Find_DayRanges_ArePeriods(string text)
    {
        var t = DateFinder.Find(text, null).Single().Time;
        Assert.Multiple(() =>
        {
            Assert.That(t.Start, Is.EqualTo(new PartialDate(2025, 9, 8)));
            Assert.That(t.End, Is.EqualTo(new PartialDate(2025, 9, 12)));
        });
    }

    [Test]
    public void Find_YearRangeAndSince_ArePeriods()
    {
        var found = DateFinder.Find("Tensions of the 2014–2016 period have eased since March 2022.", null);
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Time.ToDisplayString(), Is.EqualTo("from 2014 to 2016"));
            Assert.That(found[1].Time.Start, Is.EqualTo(new PartialDate(2022, 3)));
            Assert.That(found[1].Time.End, Is.Null);
        });
    }

    [Test]
    public void Find_MayAsAVerb_IsNoDate() =>
        Assert.That(DateFinder.Find("The parties may meet soon.", 2025), Is.Empty);
}
