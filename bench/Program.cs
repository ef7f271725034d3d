using BenchmarkDotNet.Running;

namespace SalesOps.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench -- --filter '*'</c> runs BenchmarkDotNet;
    /// <c>-- quick</c> (reach), <c>-- quick moves</c> (next moves) and <c>-- quick-import</c> (contacts import) print
    /// rough Stopwatch timings, for a sanity check while optimizing; <c>-- generation</c> the generation and
    /// SQLite loading rates (docs/benchmarks.md), <c>-- loading</c> only the loading.
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["quick", "moves", ..]) QuickCheck.NextMoves();
        else if (args is ["quick", ..]) QuickCheck.Run();
        else if (args is ["quick-import", ..]) QuickCheck.Import();
        else if (args is ["generation" or "loading", ..]) await GenerationBench.RunAsync(args[0] == "loading" ? "loading" : null);
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
