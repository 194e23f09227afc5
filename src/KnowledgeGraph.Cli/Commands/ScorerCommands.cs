using System.CommandLine;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg scorer examples|train</c>: turns read corpora into training examples for the <see cref="ProposalScorer"/>
/// (features and the reader's verdict, no words of the articles) and trains a model from such files. Both write
/// their output whole or not at all.
/// </summary>
internal static class ScorerCommands
{
    public const string Usage = """
          kg scorer examples PATH... --out EXAMPLES.tsv [--data DIR] [--document DOCUMENT-ID]
              Runs the extractor on every article of each read corpus folder (or on an article file the curated
              graph covers as --document) and writes one line per relation candidate: the folder's (or document's)
              name, 1 if the facts file (or the curated graph) has the relation, else 0, and its features.
          kg scorer train EXAMPLES.tsv... --out MODEL.json
              Trains the proposal scorer (logistic regression) on the examples and writes the model; the built-in
              one is src/KnowledgeGraph/Extraction/Data/proposal-scorer.json.
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The graph-data folder.", DefaultValueFactory = _ => "graph-data", HelpName = "DIR" };
        var folders = new Argument<string[]>("PATH") { Description = "Read corpus folders (NN-slug.txt with NN-slug.facts.json), or an article file with --document.", Arity = ArgumentArity.OneOrMore };
        var document = new Option<string?>("--document") { Description = "The id of the curated document an article file is.", HelpName = "DOCUMENT-ID" };
        var examplesOut = new Option<string>("--out") { Description = "The examples file to write.", Required = true, HelpName = "EXAMPLES.tsv" };
        var examples = new Command("examples", "Writes training examples for the proposal scorer from read corpora.") { folders, examplesOut, data, document };
        examples.SetAction(r => CommandLine.Guard(r.GetValue(data)!, stderr, () =>
        {
            var graph = Graph.Load(r.GetValue(data)!);
            var text = new StringBuilder();
            var (count, confirmed) = (0, 0);
            foreach (var folder in r.GetValue(folders)!)
            {
                var name = Directory.Exists(folder) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) : r.GetValue(document) ?? folder;
                foreach (var example in ExamplesOf(graph, folder, r.GetValue(document)))
                {
                    text.Append(name).Append('\t').Append(example.Confirmed ? '1' : '0');
                    foreach (var feature in example.Features)
                    {
                        text.Append('\t').Append(feature);
                    }

                    text.Append('\n');
                    count++;
                    confirmed += example.Confirmed ? 1 : 0;
                }
            }

            var path = r.GetValue(examplesOut)!;
            WriteWhole(path, text.ToString());
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {count} candidates, {confirmed} confirmed by the readings"));
            return 0;
        }));

        var files = new Argument<string[]>("EXAMPLES") { Description = "Example files written by kg scorer examples.", Arity = ArgumentArity.OneOrMore };
        var modelOut = new Option<string>("--out") { Description = "The model file to write.", Required = true, HelpName = "MODEL.json" };
        var train = new Command("train", "Trains the proposal scorer on example files and writes the model.") { files, modelOut };
        train.SetAction(r => CommandLine.Guard("graph-data", stderr, () =>
        {
            var all = r.GetValue(files)!.SelectMany(ReadExamples).ToList();
            ProposalScorer model;
            try
            {
                model = ProposalScorer.Train(all);
            }
            catch (ArgumentException e)
            {
                throw new InputException($"{string.Join(", ", r.GetValue(files)!)}: {e.Message.Split(" (Parameter")[0]}");
            }

            var path = r.GetValue(modelOut)!;
            WriteWhole(path, model.ToJson() + "\n");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {model.Weights.Count} weights from {model.Examples} candidates ({model.Confirmed} confirmed)"));
            return 0;
        }));

        return new Command("scorer", "The learned proposal scorer: training examples from read corpora, and training.") { examples, train };
    }

    private static IEnumerable<ScorerExample> ExamplesOf(Graph graph, string path, string? document)
    {
        if (Directory.Exists(path))
        {
            return CorpusEvaluator.Examples(graph, path);
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such corpus folder or article file.");
        }

        if (document is null)
        {
            throw new InputException($"{path} is an article file; name the curated document it is with --document.");
        }

        if (graph.FindDocument(document) is null)
        {
            throw new InputException($"--document \"{document}\": the graph has no such document ({string.Join(", ", graph.Documents.Select(d => d.Id))}).");
        }

        return ExtractionEvaluator.Examples(graph, File.ReadAllText(path), document);
    }

    /// <summary>Reads an examples file: corpus name, verdict (0 or 1), features, tab-separated; every problem names file and line.</summary>
    internal static IEnumerable<ScorerExample> ReadExamples(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: the examples file does not exist.");
        }

        var lines = File.ReadAllLines(path);
        var examples = new List<ScorerExample>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            var where = string.Create(CultureInfo.InvariantCulture, $"{path}:{i + 1}");
            if (fields.Length < 3)
            {
                throw new InputException($"{where}: expected the corpus name, 0 or 1, and at least one feature, separated by tabs; found {fields.Length} field(s).");
            }

            if (fields[1] is not ("0" or "1"))
            {
                throw new InputException($"{where}: the second field is \"{fields[1]}\"; it must be 1 (the reading lists the relation) or 0.");
            }

            if (Array.FindIndex(fields, 2, string.IsNullOrWhiteSpace) is var empty and >= 0)
            {
                throw new InputException($"{where}: field {empty + 1} is empty; every feature needs a name.");
            }

            examples.Add(new ScorerExample([.. fields[2..]], fields[1] == "1"));
        }

        return examples;
    }

    /// <summary>Writes a whole file (see <see cref="AtomicFile"/>) into a folder that must exist.</summary>
    private static void WriteWhole(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new InputException($"{path}: the folder {directory} does not exist.");
        }

        AtomicFile.Write(path, new UTF8Encoding(false).GetBytes(content));
    }
}
