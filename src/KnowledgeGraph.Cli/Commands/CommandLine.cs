using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The command-line tool: <c>extract</c> writes unreviewed draft data files for a new article, <c>review</c> walks a
/// draft's candidates and writes the reviewed files (<see cref="ReviewCommand"/>), <c>evaluate</c> measures the
/// extractor against the curated graph or a development corpus, <c>merges</c> proposes and records entity
/// merges (<see cref="MergeCommands"/>), <c>scorer</c> trains the learned proposal scorer (<see cref="ScorerCommands"/>). Exit codes: 0 success, 1 bad input,
/// 2 wrong usage (unknown command or option, an option the command does not take, a missing or malformed value).
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage:
          kg extract ARTICLE.txt --data DIR --id DOCUMENT-ID [--out DIR] [--min-confidence X] [--replace-drafts]
              Proposes entities and relations for a new article. Without --out, prints the proposals as JSON.
              Relation candidates under --min-confidence (default 0.6; 0 keeps all) are held back.
              With --out, writes documents/ID.json, entities/ID.json and relations/ID.json marked "unreviewed"
              (duplicates of curated relations become "evidenceAdditions"); curated files are never overwritten.
          kg evaluate ARTICLE.txt --data DIR --document DOCUMENT-ID [--min-confidence X] [--json]
              Runs the extractor on a document the curated graph already covers and reports recall and precision
              for entities and relations, with the misses by cause.
          kg evaluate CORPUS-FOLDER --data DIR [--min-confidence X] [--json]
              Runs the extractor on every article of a development corpus (NN-slug.txt with NN-slug.facts.json)
              and reports recall and precision per article and overall, invented facts, linking and duplicates.
        """ + "\n" + ReviewCommand.Usage + "\n" + MergeCommands.Usage + "\n" + ScorerCommands.Usage;

    /// <summary>Runs <c>kg</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where output goes.</param>
    /// <param name="stderr">Where messages go.</param>
    /// <param name="stdin">Where <c>kg review</c> reads its answers; none when null.</param>
    /// <param name="ownsSignals">Whether this run is the process itself, so <c>kg review</c> handles Ctrl-C (SIGINT).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null, bool ownsSignals = false)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var parsed = Root(stdin ?? TextReader.Null, stdout, stderr, ownsSignals).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var command = parsed.CommandResult.Command is RootCommand ? "kg" : "kg " + parsed.CommandResult.Command.Name;
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"{command}: {error.Message}");
            }

            stderr.WriteLine(Usage);
            return 2;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Root(TextReader stdin, TextWriter stdout, TextWriter stderr, bool ownsSignals)
    {
        var o = new Options();
        var extract = new Command("extract", "Proposes entities and relations for a new article; prints them as JSON or writes unreviewed drafts.")
        {
            o.Article, o.Data, o.Id, o.Out, o.MinConfidence, o.ReplaceDrafts,
        };
        extract.SetAction(r => Guard(r.GetValue(o.Data)!, stderr, () => Extract(o, r, stdout, stderr)));

        var evaluate = new Command("evaluate", "Measures the extractor against the curated graph (an article with --document) or a development corpus (a folder).")
        {
            o.Source, o.Data, o.Document, o.MinConfidence, o.Json,
        };
        evaluate.SetAction(r => Guard(r.GetValue(o.Data)!, stderr, () => Evaluate(o, r, stdout)));

        return new RootCommand("kg: extraction, review, evaluation and entity resolution for the knowledge graph.")
        {
            extract, ReviewCommand.Create(stdin, stdout, stderr, ownsSignals), evaluate, MergeCommands.Create(stdout, stderr), ScorerCommands.Create(stdout, stderr),
        };
    }

    /// <summary>Runs a command's action, turning bad input into a message on stderr and exit code 1.</summary>
    /// <param name="data">The graph-data folder, named in the message of a data problem.</param>
    /// <param name="stderr">Where messages go.</param>
    /// <param name="action">The command's work.</param>
    /// <param name="dataProblem">What a data problem means for this command.</param>
    /// <returns>The action's exit code, or 1.</returns>
    internal static int Guard(string data, TextWriter stderr, Func<int> action, string dataProblem = "the graph data cannot be loaded.")
    {
        try
        {
            return action();
        }
        catch (GraphDataException e)
        {
            stderr.WriteLine($"{data}: {dataProblem}");
            stderr.WriteLine(e.Message);
            return 1;
        }
        catch (FactsFileException e)
        {
            stderr.WriteLine("The corpus facts files have problems:");
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

    private static int Extract(Options o, ParseResult r, TextWriter stdout, TextWriter stderr)
    {
        var articlePath = r.GetValue(o.Article)!;
        var id = r.GetValue(o.Id)!;
        var output = r.GetValue(o.Out);
        var minConfidence = r.GetValue(o.MinConfidence);
        var graph = Graph.Load(r.GetValue(o.Data)!);
        var text = ReadArticle(articlePath);
        var result = ExtractOrFail(new ArticleExtractor(graph), text, id, articlePath);
        if (output is null)
        {
            stdout.WriteLine(ExtractionJson.Serialize(result.AtConfidence(minConfidence)));
            return 0;
        }

        ExtractionDraft draft;
        try
        {
            draft = ExtractionDraft.Create(graph, result, id, Path.GetFileName(articlePath), minConfidence);
        }
        catch (ExtractionInputException e)
        {
            throw new InputException($"{articlePath}: {e.Reason}");
        }

        var written = draft.WriteTo(output, r.GetValue(o.ReplaceDrafts));
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

    private static int Evaluate(Options o, ParseResult r, TextWriter stdout)
    {
        var source = r.GetValue(o.Source)!;
        var data = r.GetValue(o.Data)!;
        var documentId = r.GetValue(o.Document);
        var minConfidence = r.GetValue(o.MinConfidence);
        var json = r.GetValue(o.Json);
        if (Directory.Exists(source))
        {
            if (documentId is not null)
            {
                throw new InputException($"{source} is a corpus folder; --document is for a single article file.");
            }

            var corpus = CorpusEvaluator.Evaluate(Graph.Load(data), source, minConfidence);
            stdout.Write(json ? corpus.ToJson() + Environment.NewLine : corpus.ToText());
            return 0;
        }

        if (documentId is null)
        {
            throw new InputException(File.Exists(source)
                ? "the option --document is required for a single article (or give a corpus folder)."
                : $"{source}: the article file does not exist.");
        }

        var graph = Graph.Load(data);
        var text = ReadArticle(source);
        if (graph.FindDocument(documentId) is null)
        {
            throw new InputException($"{data}: the graph has no document \"{documentId}\" ({string.Join(", ", graph.Documents.Select(d => d.Id))}).");
        }

        var report = ExtractionEvaluator.Evaluate(graph, text, documentId, minConfidence);
        stdout.Write(json ? System.Text.Json.JsonSerializer.Serialize(report, ReportJson) + Environment.NewLine : report.ToText());
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions ReportJson = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IncludeFields = true,
    };

    private static ExtractionResult ExtractOrFail(ArticleExtractor extractor, string text, string id, string path)
    {
        try
        {
            return extractor.Extract(text, id);
        }
        catch (ExtractionInputException e)
        {
            throw new InputException($"{path}: {e.Reason}");
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
