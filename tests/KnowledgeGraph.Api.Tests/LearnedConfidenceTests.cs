using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The learned confidence on the wire and on the command line: the extract endpoint holds back candidates under
/// <c>minConfidence</c> (0.6 unless given) and says how many; <c>kg scorer</c> rebuilds the shipped model.
/// </summary>
public sealed class LearnedConfidenceTests : ApiTestBase
{
    private static readonly string Corpus = Path.Combine(ApiFactory.RepositoryRoot, "tests", "extraction-corpus");

    [Test]
    public async Task Extract_ByDefault_HoldsBackCandidatesUnderTheDefaultThreshold_AndCountsThem()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Corpus, "02-treaty-text-agreed.txt"));
        var byDefault = await ExtractAsync(new { text });
        var all = await ExtractAsync(new { text, minConfidence = 0.0 });
        var confidences = byDefault["relations"]!.AsArray().Select(r => r!["confidence"]!.GetValue<double>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(byDefault["minConfidence"]!.GetValue<double>(), Is.EqualTo(0.6));
            Assert.That(confidences, Is.Not.Empty.And.All.GreaterThanOrEqualTo(0.6));
            Assert.That(all["heldBack"]!.GetValue<int>(), Is.Zero);
            Assert.That(all["relations"]!.AsArray().Select(r => r!["ruleConfidence"]!.GetValue<double>()), Has.All.InRange(0.05, 0.99), "the rule's own figure travels beside the learned one");
            Assert.That(all["relations"]!.AsArray().Any(r => r!["ruleConfidence"]!.GetValue<double>() != r["confidence"]!.GetValue<double>()), Is.True);
            Assert.That(byDefault["heldBack"]!.GetValue<int>(), Is.EqualTo(all["relations"]!.AsArray().Count - confidences.Count).And.GreaterThan(0));
        });
    }

    [TestCase(1.5)]
    [TestCase(-0.1)]
    public async Task Extract_ThresholdOutOfRange_IsA400NamingTheField(double minConfidence)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/documents/extract", UriKind.Relative), new { text = "Armenia and France signed a treaty.", minConfidence });
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(JsonNode.Parse(body)!["errors"]!["minConfidence"]![0]!.GetValue<string>(), Does.Contain("from 0 to 1"));
        });
    }

    [Test]
    public void ScorerTrain_OnTheCommittedExamples_WritesTheShippedModel()
    {
        var folder = Directory.CreateTempSubdirectory("kg-scorer-");
        try
        {
            var model = Path.Combine(folder.FullName, "model.json");
            var (code, stdout, stderr) = Kg("scorer", "train", Path.Combine(ApiFactory.RepositoryRoot, "docs", "extraction-real", "scorer-examples.tsv"), "--out", model);
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.Multiple(() =>
            {
                Assert.That(stdout, Does.StartWith($"wrote {model}: "));
                Assert.That(File.ReadAllText(model), Is.EqualTo(File.ReadAllText(Path.Combine(ApiFactory.RepositoryRoot, "src", "KnowledgeGraph", "Extraction", "Data", "proposal-scorer.json"))));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void ScorerExamples_OfOurCorpus_AreTheCommittedOnes()
    {
        var folder = Directory.CreateTempSubdirectory("kg-scorer-");
        try
        {
            var examples = Path.Combine(folder.FullName, "examples.tsv");
            var (code, _, stderr) = Kg("scorer", "examples", Corpus, "--data", ApiFactory.GraphData, "--out", examples);
            Assert.That(code, Is.EqualTo(0), stderr);
            var committed = File.ReadAllLines(Path.Combine(ApiFactory.RepositoryRoot, "docs", "extraction-real", "scorer-examples.tsv"))
                .Where(l => l.StartsWith("extraction-corpus\t", StringComparison.Ordinal));
            Assert.That(File.ReadAllLines(examples), Is.EqualTo(committed));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void ScorerTrain_BadLine_NamesFileAndLine_AndWritesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("kg-scorer-");
        try
        {
            var input = Path.Combine(folder.FullName, "bad.tsv");
            File.WriteAllText(input, "mine\t1\tbias\trule=a\nmine\tyes\tbias\trule=b\n");
            var model = Path.Combine(folder.FullName, "model.json");
            var (code, _, stderr) = Kg("scorer", "train", input, "--out", model);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1));
                Assert.That(stderr, Does.Contain($"{input}:2: the second field is \"yes\""));
                Assert.That(File.Exists(model), Is.False);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Kg(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task<JsonNode> ExtractAsync(object body)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/documents/extract", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonNode.Parse(text)!;
    }
}
