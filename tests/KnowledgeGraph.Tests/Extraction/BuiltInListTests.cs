using System.Text;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The embedded lists of states and well-known bodies: they load, and a malformed line is reported with its number.</summary>
public sealed class BuiltInListTests
{
    [Test]
    public void Default_EmbeddedLists_LoadWithTheirKnownEntries()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WorldStates.Default.Single(s => s.Alpha2 == "AM").Name, Is.EqualTo("Armenia"));
            Assert.That(KnownBodies.Default.Single(b => b.Name == "International Monetary Fund").OtherNames, Does.Contain("IMF"));
            Assert.That(KnownBodies.Default.Select(b => b.Kind).Distinct(), Is.EquivalentTo(new[] { "Organization", "Outlet" }));
            Assert.That(KnownBodies.Default.GroupBy(b => b.Name).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "a body is listed once");
        });
    }

    [TestCase("# comment\nOrganization\tUnited Nations\tUN\nCountry\tFrance\n", "Line 3")]
    [TestCase("Organization\n", "Line 1")]
    public void KnownBodies_MalformedLine_IsReportedWithItsNumber(string text, string where)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        Assert.That(() => KnownBodies.FromStream(stream), Throws.TypeOf<FormatException>().With.Message.Contains(where));
    }

    [Test]
    public void WorldStates_MalformedLine_IsReportedWithItsNumber()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("AM\tARM\t051\tArmenia\t\tArmenian\tYerevan\nXX\tshort\n"));
        Assert.That(() => WorldStates.FromStream(stream), Throws.TypeOf<FormatException>().With.Message.Contains("Line 2"));
    }
}
