using System.CommandLine;
using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Review;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg review DRAFT-ID</c>: walks an unreviewed draft's candidates one at a time (answers are lines of standard input,
/// typed or redirected), then writes the reviewed files through <see cref="DraftReview.Write"/>, which checks that the
/// folder loads with them before moving them into place. The draft is never edited before that: each decision is
/// saved at once in a session file beside the data (<c>DIR/ID.review-session</c>, JSON, ignored by the loader), so a
/// quit, Ctrl-C or the end of the input leaves the data files as they were and the next run resumes.
/// </summary>
internal static class ReviewCommand
{
    public const string Usage = """
          kg review DRAFT-ID [--data DIR] [--decisions FILE] [--by NAME] [--article FILE]
              Walks the unreviewed draft's candidates (new entities, new relations, evidence for the graph's relations)
              and asks for a decision on each: accept, reject, edit the type or certainty, link an entity to one of the
              graph, reject a relation end's link, skip, quit. Then writes the reviewed files ("status": "reviewed")
              once the folder loads with them; rejections are kept as judgements in resolution.json. Answers come from
              standard input, one a line; --decisions applies a JSON list first. Until the files are written, the
              decisions live in DIR/DRAFT-ID.review-session and the next run resumes; the data files stay unchanged
              on q, Ctrl-C or the end of the input (exit 0, 130 and 1).
        """;

    /// <summary>The exit code of a run interrupted by SIGINT (128 + 2, as shells report it).</summary>
    private const int Interrupted = 130;

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr, bool ownsSignals)
    {
        var draft = new Argument<string>("DRAFT-ID") { Description = "The draft's document id (the name of its files)." };
        var data = new Option<string>("--data") { Description = "The graph-data folder.", DefaultValueFactory = _ => "graph-data", HelpName = "DIR" };
        var decisions = new Option<string?>("--decisions") { Description = "A JSON list of decisions to apply before asking.", HelpName = "FILE" };
        var by = new Option<string?>("--by") { Description = "Who decides (default: the decisions file's decidedBy, else the user name).", HelpName = "NAME" };
        var article = new Option<string?>("--article") { Description = "The article's text, to show each evidence paragraph.", HelpName = "FILE" };
        var command = new Command("review", "Reviews an unreviewed draft candidate by candidate and writes the reviewed files.") { draft, data, decisions, by, article };
        command.SetAction(r => CommandLine.Guard(r.GetValue(data)!, stderr, () =>
            new Run(r.GetValue(data)!, r.GetValue(draft)!, stdin, stdout, stderr).Execute(r.GetValue(decisions), r.GetValue(by), r.GetValue(article), ownsSignals),
            "the review was refused; the data files are unchanged."));
        return command;
    }

    private sealed class Run(string data, string draftId, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        private readonly Lock gate = new();
        private DraftReview review = null!;
        private string by = string.Empty;
        private bool done;

        private string SessionPath => Path.Combine(data, draftId + ".review-session");

        public int Execute(string? decisionsPath, string? decidedBy, string? articlePath, bool ownsSignals)
        {
            review = DraftReview.Open(data, draftId);
            var fromFile = decisionsPath is null ? null : DecisionFile.Read(decisionsPath);
            by = decidedBy ?? fromFile?.DecidedBy ?? Environment.UserName;
            IReadOnlyList<string>? paragraphs = null;
            if (articlePath is not null)
            {
                paragraphs = File.Exists(articlePath) ? ReviewPrinter.Paragraphs(File.ReadAllText(articlePath)) : throw new InputException($"{articlePath}: the article file does not exist.");
            }

            if (File.Exists(SessionPath))
            {
                var session = DecisionFile.Read(SessionPath);
                by = decidedBy ?? fromFile?.DecidedBy ?? session.DecidedBy ?? by;
                session.ApplyTo(review, SessionPath);
                stdout.WriteLine($"Resuming {review.Decisions.Length} decision{(review.Decisions.Length == 1 ? "" : "s")} from {SessionPath}.");
            }

            fromFile?.ApplyTo(review, decisionsPath!);
            using var signal = ownsSignals ? PosixSignalRegistration.Create(PosixSignal.SIGINT, OnInterrupt) : null;
            var printer = new ReviewPrinter(review, stdout, paragraphs);
            var counts = string.Join(", ", new[] { (ReviewCandidateKind.Entity, "new entit", "y", "ies"), (ReviewCandidateKind.Relation, "new relation", "", "s"), (ReviewCandidateKind.EvidenceAddition, "evidence addition", "", "s") }
                .Select(k => review.Candidates.Count(c => c.Kind == k.Item1) is var n ? $"{n} {k.Item2}{(n == 1 ? k.Item3 : k.Item4)}" : ""));
            stdout.WriteLine($"Draft \"{draftId}\" in {review.Directory}: {counts}. Answer ? for help.");
            var skipped = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                var open = review.Candidates.Where(c => review.DecisionOf(c.Key) is null && !skipped.Contains(c.Key)).ToList();
                foreach (var c in open)
                {
                    if (review.DecisionOf(c.Key) is not null)
                    {
                        continue;
                    }

                    if (review.BlockedBecause(c) is { } why)
                    {
                        stdout.WriteLine($"[{Index(c)}/{review.Candidates.Length}] \"{c.Key}\" is left out: {why}.");
                        continue;
                    }

                    printer.Show(c, Index(c), review.Candidates.Length);
                    switch (Ask(c, printer))
                    {
                        case Outcome.Skipped:
                            skipped.Add(c.Key);
                            break;
                        case Outcome.Quit:
                            return Stop(0, "Stopped.");
                        case Outcome.EndOfInput:
                            return Stop(1, "The input ended before every candidate was decided.");
                    }
                }

                var undecided = review.Candidates.Where(c => review.DecisionOf(c.Key) is null && review.BlockedBecause(c) is null).ToList();
                if (undecided.Count == 0)
                {
                    break;
                }

                stdout.WriteLine($"{undecided.Count} candidate{(undecided.Count == 1 ? " is" : "s are")} not decided: w writes without {(undecided.Count == 1 ? "it" : "them")}, b goes back to {(undecided.Count == 1 ? "it" : "them")}, q quits.");
                var answer = Prompt();
                if (answer is null)
                {
                    return Stop(1, "The input ended before the review was written.");
                }

                if (answer is "w" or "write")
                {
                    break;
                }

                if (answer is "q" or "quit")
                {
                    return Stop(0, "Stopped.");
                }

                skipped.Clear();
            }

            return Write();
        }

        private int Index(ReviewCandidate c) => review.Candidates.IndexOf(c) + 1;

        private enum Outcome
        {
            Decided,
            Skipped,
            Quit,
            EndOfInput,
        }

        /// <summary>Asks until the candidate is decided, skipped or the reviewer quits; edits of a relation wait for its acceptance.</summary>
        private Outcome Ask(ReviewCandidate c, ReviewPrinter printer)
        {
            string? type = null, certainty = null;
            IReadOnlyList<Entity> similar = c.Kind == ReviewCandidateKind.Entity ? printer.Similar(c.Entity!.Name, 3) : [];
            while (true)
            {
                var line = Prompt();
                if (line is null)
                {
                    return Outcome.EndOfInput;
                }

                var (verb, rest) = Split(line);
                var decision = verb switch
                {
                    "" => null,
                    "a" or "accept" => new ReviewDecision { Candidate = c.Key, Action = ReviewAction.Accept, Type = type, Certainty = certainty },
                    "r" or "reject" => new ReviewDecision { Candidate = c.Key, Action = ReviewAction.Reject, Reason = rest },
                    "l" or "link" when rest is null && c.Kind == ReviewCandidateKind.Entity => ListMore(printer, c, ref similar),
                    "l" or "link" => new ReviewDecision { Candidate = c.Key, Action = ReviewAction.Link, Entity = int.TryParse(rest, out var n) && n >= 1 && n <= similar.Count ? similar[n - 1].Id : rest },
                    "n" or "not" => NotLinked(c, rest),
                    "t" or "type" or "c" or "certainty" => Edit(c, verb[0] == 't', rest, ref type, ref certainty),
                    _ => null,
                };
                switch (verb)
                {
                    case "s" or "skip":
                        return Outcome.Skipped;
                    case "q" or "quit":
                        return Outcome.Quit;
                    case "?" or "h" or "help":
                        stdout.WriteLine(ReviewPrinter.Help);
                        continue;
                }

                if (decision is null)
                {
                    if (verb.Length > 0 && verb is not ("t" or "type" or "c" or "certainty" or "l" or "link" or "n" or "not"))
                    {
                        stdout.WriteLine($"\"{verb}\" is not an answer; ? lists them.");
                    }

                    continue;
                }

                if (review.Check(decision) is { } problem)
                {
                    stdout.WriteLine(problem);
                    continue;
                }

                Decide(decision);
                stdout.WriteLine(Describe(decision, c));
                return Outcome.Decided;
            }
        }

        private ReviewDecision? ListMore(ReviewPrinter printer, ReviewCandidate c, ref IReadOnlyList<Entity> similar)
        {
            similar = printer.Similar(c.Entity!.Name, 10);
            printer.ShowSimilar(similar);
            stdout.WriteLine("Link with l N or l ID.");
            return null;
        }

        private ReviewDecision? NotLinked(ReviewCandidate c, string? rest)
        {
            var (end, reason) = Split(rest ?? string.Empty);
            if (end is not ("source" or "target"))
            {
                stdout.WriteLine("Say which end: n source or n target (and a reason if you like).");
                return null;
            }

            return new ReviewDecision { Candidate = c.Key, Action = ReviewAction.RejectLink, End = end == "source" ? RelationEnd.Source : RelationEnd.Target, Reason = reason };
        }

        private ReviewDecision? Edit(ReviewCandidate c, bool isType, string? value, ref string? type, ref string? certainty)
        {
            if (value is null)
            {
                stdout.WriteLine(isType ? "Give the type: t TYPE." : "Give the certainty: c stated|reported|hedged|hypothetical|denied.");
                return null;
            }

            var trial = new ReviewDecision { Candidate = c.Key, Action = ReviewAction.Accept, Type = isType ? value : type, Certainty = isType ? certainty : value };
            if (review.Check(trial) is { } problem)
            {
                stdout.WriteLine(problem);
                return null;
            }

            (type, certainty) = (trial.Type, trial.Certainty);
            stdout.WriteLine($"{(isType ? "type" : "certainty")}: {value}; a accepts the relation so.");
            return null;
        }

        private string Describe(ReviewDecision d, ReviewCandidate c) => d.Action switch
        {
            ReviewAction.Accept => "accepted" + (d.Type is null ? "" : $" as {d.Type}") + (d.Certainty is null ? "" : $", {d.Certainty}"),
            ReviewAction.Link => $"linked to \"{review.FinalId(c.Entity!.Id)}\"",
            ReviewAction.Reject when c.Kind == ReviewCandidateKind.Entity => $"rejected; {DroppedBy(c.Entity!.Id)}",
            ReviewAction.Reject when c.Kind == ReviewCandidateKind.Relation => "rejected; it is remembered as a judgement",
            ReviewAction.RejectLink => "the link is rejected and remembered; the relations resting on it are left out",
            _ => d.Action.ToString().ToLowerInvariant(),
        };

        private string DroppedBy(string entity)
        {
            var ids = review.Candidates.Where(c => c.Kind == ReviewCandidateKind.Relation && (c.Relation!.Source == entity || c.Relation.Target == entity)).Select(c => c.Relation!.Id).ToList();
            return ids.Count == 0 ? "no relation uses it" : $"its relation{(ids.Count == 1 ? "" : "s")} {string.Join(", ", ids)} {(ids.Count == 1 ? "goes" : "go")} with it";
        }

        private void Decide(ReviewDecision decision)
        {
            lock (gate)
            {
                review.Decide(decision);
                DecisionFile.Write(SessionPath, review, by);
            }
        }

        private string? Prompt()
        {
            stdout.Write("> ");
            stdout.Flush();
            var line = stdin.ReadLine();
            if (line is not null && (!ReferenceEquals(stdin, Console.In) || Console.IsInputRedirected))
            {
                stdout.WriteLine(line);
            }

            return line?.Trim();
        }

        private static (string Verb, string? Argument) Split(string line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? (line.ToLowerInvariant(), null) : (line[..space].ToLowerInvariant(), line[(space + 1)..].Trim() is { Length: > 0 } rest ? rest : null);
        }

        private int Stop(int code, string why)
        {
            lock (gate)
            {
                done = true;
                var kept = review.Decisions.Length;
                (code == 0 ? stdout : stderr).WriteLine(kept == 0
                    ? $"{why} Nothing was decided; the data files are unchanged."
                    : $"{why} The data files are unchanged; {kept} decision{(kept == 1 ? " is" : "s are")} kept in {SessionPath}: run kg review {draftId} again to resume.");
                return code;
            }
        }

        private int Write()
        {
            lock (gate)
            {
                if (review.Decisions.Length > 0)
                {
                    DecisionFile.Write(SessionPath, review, by);
                }

                var result = review.Write(by);
                File.Delete(SessionPath);
                done = true;
                foreach (var path in result.Written)
                {
                    stdout.WriteLine($"wrote {path}");
                }

                foreach (var path in result.Removed)
                {
                    stdout.WriteLine($"removed {path} (no entity candidate was kept)");
                }

                foreach (var sentence in result.Dropped)
                {
                    stdout.WriteLine(sentence);
                }

                stdout.WriteLine($"Reviewed: {result.Entities.Length} entities, {result.Relations.Length} relations and evidence for {result.EvidenceAdditions.Length} of the graph's relations kept; "
                    + $"{result.RejectedRelations.Length} rejected relations and {result.RejectedLinks.Length} rejected links remembered in resolution.json; {result.LeftOut.Length} candidates left out undecided.");
                return 0;
            }
        }

        /// <summary>Ctrl-C: waits for a session save or the final write to finish, then ends the process; the data files are as they were (or fully written).</summary>
        private void OnInterrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            lock (gate)
            {
                if (done)
                {
                    return;
                }

                var kept = review?.Decisions.Length ?? 0;
                stderr.WriteLine();
                stderr.WriteLine($"Interrupted. The data files are unchanged{(kept == 0 ? "." : $"; {kept} decision{(kept == 1 ? " is" : "s are")} kept in {SessionPath}: run kg review {draftId} again to resume.")}");
                stderr.Flush();
                Environment.Exit(Interrupted);
            }
        }
    }
}
