using BenchmarkDotNet.Running;

namespace SalesOps.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench -- --filter '*'</c> runs BenchmarkDotNet;
    /// <c>-- quick</c> (reach), <c>-- quick moves</c> (next moves) and <c>-- quick-import</c> (contacts import) print
    /// rough Stopwatch timings, for a sanity check while optimizing.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["quick", "moves", ..]) QuickCheck.NextMoves();
        else if (args is ["quick", ..]) QuickCheck.Run();
        else if (args is ["quick-import", ..]) QuickCheck.Import();
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
