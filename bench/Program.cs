using BenchmarkDotNet.Running;

namespace SalesOps.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench -- --filter '*'</c> runs BenchmarkDotNet;
    /// <c>-- quick</c> prints rough Stopwatch timings in seconds, for a sanity check while optimizing
    /// (<c>-- quick moves</c>: the next-moves cases).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["quick", "moves", ..]) QuickCheck.NextMoves();
        else if (args is ["quick", ..]) QuickCheck.Run();
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
