using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The commands, arguments and options of <c>kg</c>, declared with System.CommandLine: a well-kept parser from the
/// .NET team that rejects options a command does not take, values of the wrong type and missing required options
/// with a message naming them, and writes each command's help, so none of that is hand-written here. A new set
/// of symbols is made for every run.
/// </summary>
internal sealed class Options
{
    public readonly Argument<string> Article = new("ARTICLE") { Description = "The article: plain text, paragraphs separated by blank lines." };

    public readonly Argument<string> Source = new("PATH") { Description = "An article file (with --document) or a corpus folder of NN-slug.txt and NN-slug.facts.json files." };

    public readonly Option<string> Data = new("--data") { Description = "The graph-data folder.", DefaultValueFactory = _ => "graph-data", HelpName = "DIR" };

    public readonly Option<string> Id = new("--id") { Description = "The id the new document gets in the graph.", Required = true, HelpName = "DOCUMENT-ID" };

    public readonly Option<string?> Out = new("--out") { Description = "Write unreviewed draft files into this graph-data folder instead of printing JSON.", HelpName = "DIR" };

    public readonly Option<bool> ReplaceDrafts = new("--replace-drafts") { Description = "Overwrite existing unreviewed drafts (never curated files)." };

    public readonly Option<string?> Document = new("--document") { Description = "The id of the curated document the article is (single-article mode).", HelpName = "DOCUMENT-ID" };

    public readonly Option<bool> Json = new("--json") { Description = "Print the evaluation as JSON." };

    public readonly Option<double> MinConfidence = CreateMinConfidence();

    private static Option<double> CreateMinConfidence()
    {
        var option = new Option<double>("--min-confidence")
        {
            Description = "Keep relation candidates with at least this confidence (0 to 1; default 0.6, 0 shows every candidate).",
            HelpName = "X",
            DefaultValueFactory = _ => Extraction.ArticleExtractor.DefaultMinConfidence,
            CustomParser = Parse,
        };
        return option;

        static double Parse(ArgumentResult result)
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"--min-confidence is \"{text}\"; give a number from 0 to 1.");
            return 0;
        }
    }
}
