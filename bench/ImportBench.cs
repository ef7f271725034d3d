using System.Diagnostics;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Graph.Transfer;

namespace SalesOps.Benchmarks;

/// <summary>
/// A whole import as the API runs it, on SQLite: the JSON document read, every element checked by the
/// rules (<see cref="ImportRules"/>), the account written — once new, once replacing itself — at
/// 5,000, 10,000 and 20,000 people. Linear means the time per person stays flat as the account grows.
/// </summary>
internal static class ImportBench
{
    public static async Task RunAsync()
    {
        var today = new DateOnly(2026, 3, 2);
        Console.WriteLine("| people | nodes | edges | document MB | read ms | rules ms | import (new) ms | import (replace) ms | µs per person (new) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var people in new[] { 5_000, 10_000, 20_000 })
        {
            var folder = Directory.CreateTempSubdirectory("salesops-import-bench-");
            try
            {
                var source = new SqliteStore(Path.Combine(folder.FullName, "source.db"));
                await source.InitializeAsync(default);
                await source.CreateAccountAsync(AccountGenerator.Generate(people, prefix: "b-", distinct: true), default);
                var bytes = TransferJson.Write(await Exporter.ExportAsync(source, null, default));

                var target = new SqliteStore(Path.Combine(folder.FullName, "target.db"));
                await target.InitializeAsync(default);
                var clock = Stopwatch.StartNew();
                var document = TransferJson.Read(bytes);
                var read = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var maps = ImportRules.Maps(document, today);
                var rules = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                await Importer.ImportAsync(target, TransferJson.Read(bytes), replace: false, today, default);
                var fresh = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                await Importer.ImportAsync(target, TransferJson.Read(bytes), replace: true, today, default);
                var replaced = clock.Elapsed.TotalMilliseconds;
                var map = maps[0];
                Console.WriteLine($"| {people:N0} | {map.Nodes.Count:N0} | {map.Edges.Count:N0} | {bytes.Length / 1e6:F1} | {read:F0} | {rules:F0} | {fresh:F0} | {replaced:F0} | {fresh * 1000 / people:F0} |");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }
    }
}
