using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Loading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg merges propose|accept|reject|split</c>: lists the library's merge proposals and records a person's decision in
/// the data folder's <c>resolution.json</c> through <see cref="ResolutionFile"/>, which checks the folder still loads
/// before it replaces the file.
/// </summary>
internal static class MergeCommands
{
    public const string Usage = """
          kg merges propose [--data DIR] [--min-score X] [--json]
              Lists pairs of entities that may be one (same kind, similar names or transliterations, shared
              neighbours, for officials the same role and state), with a score and the reasons. Pairs already merged
              or rejected in resolution.json are never listed.
          kg merges accept A B [--canonical A|B] --by NAME [--note TEXT] [--data DIR]
              Merges B into A (or A into the --canonical one) in resolution.json, created if absent.
          kg merges reject A B --by NAME [--note TEXT] [--data DIR]
              Records that A and B stay apart; propose never lists them again.
          kg merges split ID [--data DIR]
              Removes the merge of ID (a canonical id: its whole entry; a referent: that id only).
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The graph-data folder.", DefaultValueFactory = _ => "graph-data", HelpName = "DIR" };
        var minScore = new Option<double>("--min-score") { Description = "List proposals with at least this score (0 to 1).", HelpName = "X", DefaultValueFactory = _ => 0.5, CustomParser = ParseScore };
        var json = new Option<bool>("--json") { Description = "Print the proposals as JSON." };
        var by = new Option<string>("--by") { Description = "Who decides.", Required = true, HelpName = "NAME" };
        var note = new Option<string?>("--note") { Description = "Why, in the decider's words.", HelpName = "TEXT" };
        var canonical = new Option<string?>("--canonical") { Description = "Which of the two ids stays (default: the first).", HelpName = "ID" };
        Argument<string> Id(string name) => new(name) { Description = "An entity id." };
        int Guarded(ParseResult r, Func<int> action) => CommandLine.Guard(r.GetValue(data)!, stderr, action, "refused; resolution.json is unchanged.");

        var propose = new Command("propose", "Lists merge proposals with their score and reasons.") { data, minScore, json };
        propose.SetAction(r => Guarded(r, () => Propose(Graph.Load(r.GetValue(data)!), r.GetValue(minScore), r.GetValue(json), stdout)));

        var (a, b) = (Id("A"), Id("B"));
        var accept = new Command("accept", "Merges two entities in resolution.json.") { a, b, canonical, by, note, data };
        accept.SetAction(r => Guarded(r, () =>
        {
            var (first, second) = (r.GetValue(a)!, r.GetValue(b)!);
            var keep = r.GetValue(canonical) ?? first;
            if (keep != first && keep != second)
            {
                throw new InputException($"--canonical is \"{keep}\", which is neither \"{first}\" nor \"{second}\".");
            }

            var path = ResolutionFile.Accept(r.GetValue(data)!, keep, [keep == first ? second : first], r.GetValue(by)!, r.GetValue(note));
            stdout.WriteLine($"merged \"{(keep == first ? second : first)}\" into \"{keep}\"; wrote {path}");
            return 0;
        }));

        var (ra, rb) = (Id("A"), Id("B"));
        var reject = new Command("reject", "Records that two entities stay apart.") { ra, rb, by, note, data };
        reject.SetAction(r => Guarded(r, () =>
        {
            var path = ResolutionFile.Reject(r.GetValue(data)!, [r.GetValue(ra)!, r.GetValue(rb)!], r.GetValue(by)!, r.GetValue(note));
            stdout.WriteLine($"rejected the merge of \"{r.GetValue(ra)}\" and \"{r.GetValue(rb)}\"; wrote {path}");
            return 0;
        }));

        var id = Id("ID");
        var split = new Command("split", "Removes a merge from resolution.json.") { id, data };
        split.SetAction(r => Guarded(r, () =>
        {
            var path = ResolutionFile.Split(r.GetValue(data)!, r.GetValue(id)!);
            stdout.WriteLine($"split the merge of \"{r.GetValue(id)}\"; wrote {path}");
            return 0;
        }));

        return new Command("merges", "Entity resolution: merge proposals and decisions (resolution.json).") { propose, accept, reject, split };
    }

    private static int Propose(Graph graph, double minScore, bool json, TextWriter stdout)
    {
        var proposals = graph.ProposeMerges(minScore);
        if (json)
        {
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(proposals, Json));
            return 0;
        }

        var text = new StringBuilder();
        foreach (var p in proposals)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Score:0.000}  {p.First}  {p.Second}  ({p.Kind})").AppendLine();
            foreach (var reason in p.Reasons)
            {
                text.Append("    - ").AppendLine(reason);
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"{proposals.Length} proposal{(proposals.Length == 1 ? "" : "s")} with a score of at least {minScore:0.###}.").AppendLine();
        stdout.Write(text.ToString());
        return 0;
    }

    private static double ParseScore(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        result.AddError($"--min-score is \"{text}\"; give a number from 0 to 1.");
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };
}
