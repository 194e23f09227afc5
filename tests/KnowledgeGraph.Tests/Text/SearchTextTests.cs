using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class SearchTextTests
{
    [TestCase("Türkiye", "turkiye")]
    [TestCase("Ergün", "ergun")]
    [TestCase("  Nikol   PASHINYAN ", "nikol pashinyan")]
    [TestCase("nikol-pashinyan", "nikol pashinyan")]
    [TestCase("Côte d'Ivoire", "cote divoire")]
    [TestCase("Straße", "strasse")]
    [TestCase("Kırıkkale", "kirikkale")]
    [TestCase("U.S.", "u s")]
    [TestCase("İlham Əliyev", "ilham eliyev")]
    public void Normalize_Text_IgnoresCaseAccentsAndPunctuation(string text, string expected)
    {
        Assert.That(SearchText.Normalize(text), Is.EqualTo(expected));
    }

    [TestCase("pashinian", "pashinyan")]
    [TestCase("galusin", "galuzin")]
    [TestCase("simonian", "simonyan")]
    [TestCase("zakharova", "sakharova")]
    public void Skeleton_Transliterations_Agree(string a, string b)
    {
        Assert.That(SearchText.Skeleton(a), Is.EqualTo(SearchText.Skeleton(b)));
    }
}
