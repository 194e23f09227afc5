using System.Text;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The embedded lists of states, well-known bodies and office holders: they load, and a malformed line is reported with its number.</summary>
public sealed class BuiltInListTests
{
    [Test]
    public void Default_EmbeddedLists_LoadWithTheirKnownEntries()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WorldStates.Default.Single(s => s.Alpha2 == "AM").Name, Is.EqualTo("Armenia"));
            Assert.That(KnownBodies.Default.Single(b => b.Name == "International Monetary Fund").OtherNames, Does.Contain("IMF"));
            Assert.That(KnownBodies.Default.Select(b => b.Kind).Distinct(), Is.EquivalentTo(new[] { "Organization", "Outlet", "Place" }));
            Assert.That(KnownBodies.Default.Single(b => b.Name == "South Ossetia").Kind, Is.EqualTo("Place"));
            Assert.That(KnownBodies.Default.GroupBy(b => b.Name).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "a body is listed once");
            Assert.That(KnownPersons.StateOf("Xi Jinping"), Is.EqualTo("CN"));
            Assert.That(KnownPersons.StateOf("Ceyhun Bayramov"), Is.EqualTo("AZ"), "another spelling");
            Assert.That(KnownPersons.NameBySurname("Tokaev"), Is.EqualTo("Kassym-Jomart Tokayev"), "a surname of another spelling");
            Assert.That(KnownPersons.NameBySurname("Berdimuhamedov"), Is.Null, "two listed persons share it");
            Assert.That(KnownPersons.Default.Select(p => p.StateAlpha2).Except(WorldStates.Default.Select(s => s.Alpha2)), Is.Empty, "every state code is a listed state");
            Assert.That(KnownPersons.Default.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "a person is listed once");
        });
    }

    [TestCase("# comment\nOrganization\tUnited Nations\tUN\nCountry\tFrance\n", "Line 3")]
    [TestCase("Organization\n", "Line 1")]
    public void KnownBodies_MalformedLine_IsReportedWithItsNumber(string text, string where)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        Assert.That(() => KnownBodies.FromStream(stream), Throws.TypeOf<FormatException>().With.Message.Contains(where));
    }

    [TestCase("# comment\nXi Jinping\tCN\nWang Yi\tChina\n", "Line 3")]
    [TestCase("Wang Yi\n", "Line 1")]
    public void KnownPersons_MalformedLine_IsReportedWithItsNumber(string text, string where)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        Assert.That(() => KnownPersons.FromStream(stream), Throws.TypeOf<FormatException>().With.Message.Contains(where));
    }

    [Test]
    public void WorldStates_MalformedLine_IsReportedWithItsNumber()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("AM\tARM\t051\tArmenia\t\tArmenian\tYerevan\nXX\tshort\n"));
        Assert.That(() => WorldStates.FromStream(stream), Throws.TypeOf<FormatException>().With.Message.Contains("Line 2"));
    }
}
