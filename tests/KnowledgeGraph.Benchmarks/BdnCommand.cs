using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet suite in this process (no generated projects to build): BenchmarkDotNet's short run
/// (3 warm-ups, 3 iterations) unless <c>--full</c> asks for its default statistics; other arguments go to BenchmarkDotNet.
/// </summary>
internal static class BdnCommand
{
    public static int Run(string[] args)
    {
        var full = args.Contains("--full");
        var job = (full ? Job.Default : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BdnCommand).Assembly).Run([.. args.Where(a => a != "--full")], config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
