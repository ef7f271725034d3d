using BenchmarkDotNet.Running;

namespace SalesOps.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench -- --filter '*'</c> runs BenchmarkDotNet;
    /// <c>-- quick</c> (reach), <c>-- quick moves</c> (next moves) and <c>-- quick-import</c> (contacts import) print
    /// rough Stopwatch timings, for a sanity check while optimizing; <c>-- generation</c> the generation and
    /// SQLite loading rates (docs/benchmarks.md), <c>-- loading</c> only the loading;
    /// <c>-- neo4j-profile</c> profiles the Neo4j store's statements (<see cref="Neo4jProfile"/>);
    /// <c>-- stores</c> times both stores side by side (<see cref="StoreBenchmark"/>); <c>-- neo4j-load</c> one big import into Neo4j (<see cref="Neo4jLoadBench"/>); <c>-- import</c> a whole import (<see cref="ImportBench"/>);
    /// <c>-- history</c> the history of a 500-person account with 10,000 changes (<see cref="HistoryBench"/>);
    /// <c>-- layout</c> the map layout's crossings and time, before and after #13 (<see cref="LayoutBench"/>);
    /// <c>-- bends</c> lines behind cards, straight and bent, and the time to weigh every line (<see cref="BendBench"/>);
    /// <c>-- pages</c> the engines behind the matrix, sheet, risks and reach of 20, 500 and 2,000 people (<see cref="PagesBench"/>).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["quick", "moves", ..]) QuickCheck.NextMoves();
        else if (args is ["quick", ..]) QuickCheck.Run();
        else if (args is ["quick-import", ..]) QuickCheck.Import();
        else if (args is ["generation" or "loading", ..]) await GenerationBench.RunAsync(args[0] == "loading" ? "loading" : null);
        else if (args is ["neo4j-profile", .. var sizes]) await Neo4jProfile.RunAsync(sizes);
        else if (args is ["stores", .. var rest]) await StoreBenchmark.RunAsync(rest);
        else if (args is ["neo4j-load", .. var load]) await Neo4jLoadBench.RunAsync(load);
        else if (args is ["history", .. var history]) await HistoryBench.RunAsync(history);
        else if (args is ["import", ..]) await ImportBench.RunAsync();
        else if (args is ["layout", ..]) LayoutBench.Run();
        else if (args is ["bends", ..]) BendBench.Run();
        else if (args is ["pages", ..]) PagesBench.Run();
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
