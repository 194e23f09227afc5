using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class SuggestionsTests
{
    [Test]
    public void Closest_ReturnsNearCandidatesClosestFirst()
    {
        var found = Suggestions.Closest("held-phone-cal-with", ["member-of", "held-phone-call-with", "held-phone-calls-with"]);

        Assert.That(found, Is.EqualTo(new[] { "held-phone-call-with", "held-phone-calls-with" }));
    }

    [Test]
    public void Closest_FarOrOverlongValuesGetNothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Suggestions.Closest("zzz", ["member-of"]), Is.Empty);
            Assert.That(Suggestions.Closest(new string('a', Suggestions.MaxValueLength + 1), [new string('a', Suggestions.MaxValueLength)]), Is.Empty);
            Assert.That(Suggestions.Closest(null, ["a"]), Is.Empty);
        });
    }

    [Test]
    public void DidYouMean_QuotesAndJoinsTheSuggestions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Suggestions.DidYouMean(["russia", "belarus"]), Is.EqualTo("; did you mean 'russia', 'belarus'?"));
            Assert.That(Suggestions.DidYouMean(["a", "b"], "\"", " or "), Is.EqualTo("; did you mean \"a\" or \"b\"?"));
            Assert.That(Suggestions.DidYouMean([]), Is.Empty);
        });
    }
}
