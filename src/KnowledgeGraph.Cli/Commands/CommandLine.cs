using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The command-line tool: <c>extract</c> writes unreviewed draft data files for a new article, <c>evaluate</c>
/// measures the extractor against the curated graph. Exit codes: 0 success, 1 bad input, 2 wrong usage.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage:
          kg extract ARTICLE.txt --data DIR --id DOCUMENT-ID [--out DIR] [--min-confidence X] [--replace-drafts]
              Proposes entities and relations for a new article. Without --out, prints the proposals as JSON.
              With --out, writes documents/ID.json, entities/ID.json and relations/ID.json marked "unreviewed"
              (duplicates of curated relations become "evidenceAdditions"); curated files are never overwritten.
          kg evaluate ARTICLE.txt --data DIR --document DOCUMENT-ID [--min-confidence X]
              Runs the extractor on a document the curated graph already covers and reports recall and precision
              for entities and relations, with the misses by cause.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        Options options;
        try
        {
            options = Options.Parse(args.Skip(1).ToArray());
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"kg {args[0]}: {e.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }

        try
        {
            return args[0] switch
            {
                "extract" => Extract(options, stdout, stderr),
                "evaluate" => Evaluate(options, stdout, stderr),
                _ => UnknownCommand(args[0], stderr),
            };
        }
        catch (GraphDataException e)
        {
            stderr.WriteLine($"{options.Data}: the graph data cannot be loaded.");
            stderr.WriteLine(e.Message);
            return 1;
        }
        catch (InputException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
        catch (IOException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
    }

    private static int UnknownCommand(string command, TextWriter stderr)
    {
        stderr.WriteLine($"kg: unknown command \"{command}\".");
        stderr.WriteLine(Usage);
        return 2;
    }

    private static int Extract(Options o, TextWriter stdout, TextWriter stderr)
    {
        var id = o.Require("id");
        var graph = Graph.Load(o.Data);
        var text = ReadArticle(o.Article);
        var result = ExtractOrFail(new ArticleExtractor(graph), text, id, o.Article);
        if (o.Out is null)
        {
            stdout.WriteLine(ExtractionJson.Serialize(result));
            return 0;
        }

        ExtractionDraft draft;
        try
        {
            draft = ExtractionDraft.Create(graph, result, id, Path.GetFileName(o.Article), o.MinConfidence);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"{o.Article}: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        var written = draft.WriteTo(o.Out, o.ReplaceDrafts);
        foreach (var path in written)
        {
            stdout.WriteLine($"wrote {path}");
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{draft.NewEntityCount} new entities, {draft.NewRelationCount} new relations, {draft.EvidenceAdditionCount} evidence additions to curated relations; all marked \"unreviewed\"."));
        foreach (var notice in result.Notices)
        {
            stderr.WriteLine("note: " + notice);
        }

        return 0;
    }

    private static int Evaluate(Options o, TextWriter stdout, TextWriter stderr)
    {
        var documentId = o.Require("document");
        var graph = Graph.Load(o.Data);
        var text = ReadArticle(o.Article);
        if (graph.FindDocument(documentId) is null)
        {
            throw new InputException($"{o.Data}: the graph has no document \"{documentId}\" ({string.Join(", ", graph.Documents.Select(d => d.Id))}).");
        }

        var report = ExtractionEvaluator.Evaluate(graph, text, documentId, o.MinConfidence);
        stdout.Write(report.ToText());
        _ = stderr;
        return 0;
    }

    private static ExtractionResult ExtractOrFail(ArticleExtractor extractor, string text, string id, string path)
    {
        try
        {
            return extractor.Extract(text, id);
        }
        catch (ArgumentException e)
        {
            throw new InputException($"{path}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    private static string ReadArticle(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: the article file does not exist.");
        }

        var text = File.ReadAllText(path);
        return string.IsNullOrWhiteSpace(text) ? throw new InputException($"{path}: the article file is empty.") : text;
    }
}

/// <summary>Bad input named with its file and the reason; reported without a stack trace.</summary>
internal sealed class InputException(string message) : Exception(message);
