using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli;

/// <summary>The entry point of <c>kg</c> (a named class, so that test projects that see both it and the API's top-level <c>Program</c> can tell them apart).</summary>
internal static class Program
{
    private static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error, Console.In, ownsSignals: true);
}
