using KnowledgeGraph.Benchmarks;

return args.FirstOrDefault() switch
{
    "peers" => PeersCommand.Run(args[1..]),
    "import" => ImportCommand.Run(args[1..]),
    "bdn" => BdnCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: KnowledgeGraph.Benchmarks <command> ...
          peers DATA_DIR [--budget SECONDS] [--warmup N] [--tests a,b]
                runs the ../shared/bench tests on DATA_DIR (nodes.csv, edges.csv, queries.csv, manifest.csv)
                and prints one JSON line for peers.py --external
          import DATA_DIR | NODES.csv EDGES.csv [--threads N]
                imports a CSV graph with a progress bar (Ctrl+C cancels) and reports time and memory
          bdn [--full] [BenchmarkDotNet arguments, e.g. --filter '*']
                BenchmarkDotNet suite of the public query API on the bundled graph and on S and M
                (KG_BENCH_DATA, default /tmp/kgbench, holds the S and M folders)
        """);
    return 2;
}
