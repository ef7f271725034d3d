using System.Diagnostics;
using SalesOps.Graph.Store.Neo4j;

namespace SalesOps.Tests.Support;

/// <summary>
/// The real Neo4j 3.1 of tests/neo4j/start.sh, shared by the tests of the "neo4j" collection. Uses
/// SALESOPS_TEST_NEO4J_URI when set; otherwise runs start.sh itself (so a plain `dotnet test` works)
/// and stops the server again at the end if it was this run that started it.
/// </summary>
public sealed class Neo4jTestServer : IAsyncLifetime
{
    private bool _startedHere;

    public Uri Uri { get; private set; } = null!;

    public static string Password => Environment.GetEnvironmentVariable("SALESOPS_TEST_NEO4J_PASSWORD") is { Length: > 0 } p ? p : "salesops-test";

    /// <summary>Retries start at 200 ms here, so a transient failure costs a test little.</summary>
    public Neo4jSettings Settings => new() { Uri = Uri, User = "neo4j", Password = Password, RetryDelay = TimeSpan.FromMilliseconds(200) };

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("SALESOPS_TEST_NEO4J_URI") is { Length: > 0 } uri)
        {
            Uri = new Uri(uri);
            return;
        }
        var output = await RunScriptAsync("start.sh", TimeSpan.FromMinutes(5));
        string? Value(string key) => output.Split('\n').FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..].Trim();
        Uri = new Uri(Value("SALESOPS_TEST_NEO4J_URI") ?? throw new InvalidOperationException($"tests/neo4j/start.sh printed no URI:\n{output}"));
        _startedHere = Value("SALESOPS_TEST_NEO4J_STARTED") == "true";
    }

    /// <summary>
    /// Every node and relationship goes, 5,000 nodes per transaction; the schema (constraints, index)
    /// stays. Bounded: after a kill, recovery replays whole transactions in the server's 512 MB heap.
    /// </summary>
    public async Task ResetAsync()
    {
        while (await RunAsync("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted") is > 0) { }
    }

    /// <summary>An empty database and a started store on it: <see cref="ResetAsync"/>, then <see cref="StartedStoreAsync"/>.</summary>
    public async Task<Neo4jStore> FreshStoreAsync(Disposables stores, int? batchSize = null)
    {
        await ResetAsync();
        return await StartedStoreAsync(stores, batchSize);
    }

    /// <summary>A store on this server (batches of <paramref name="batchSize"/> when given), started and disposed with <paramref name="stores"/>.</summary>
    public async Task<Neo4jStore> StartedStoreAsync(Disposables stores, int? batchSize = null)
    {
        var store = stores.Track(new Neo4jStore(batchSize is { } size ? Settings with { BatchSize = size } : Settings));
        await store.InitializeAsync(default);
        return store;
    }

    /// <summary>One statement straight to the server, in its own transaction; the first column of its first row, if any.</summary>
    public async Task<long?> RunAsync(string cypher)
    {
        using var client = new HttpClient();
        var http = new Neo4jHttp(client, Settings);
        var transport = await Neo4jServer.ChooseTransportAsync(http, default);
        var result = (await transport.RunAsync([new Statement(cypher)], TimeSpan.FromMinutes(2), default))[0];
        return result.Rows.Count > 0 && result.Columns.Count > 0 ? Neo4jRows.Long(result.Rows[0], result.Columns[0]) : null;
    }

    /// <summary>Ends the server with SIGKILL, as a crash would (tests/neo4j/restart.sh).</summary>
    public Task KillAsync() => RunScriptAsync("restart.sh", TimeSpan.FromMinutes(1), "kill", Uri.ToString().TrimEnd('/'));

    /// <summary>Starts the killed server again on the same address and data, and waits until it answers.</summary>
    public Task StartAgainAsync() => RunScriptAsync("restart.sh", TimeSpan.FromMinutes(3), "start", Uri.ToString().TrimEnd('/'));

    public async Task DisposeAsync()
    {
        if (_startedHere) await RunScriptAsync("stop.sh", TimeSpan.FromMinutes(1));
    }

    private static async Task<string> RunScriptAsync(string script, TimeSpan timeout, params string[] args)
    {
        var path = Path.Combine(RepoRoot(), "tests", "neo4j", script);
        using var process = Process.Start(new ProcessStartInfo("bash", [path, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"Cannot run {path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{path} did not finish within {timeout}.\n{await stderr}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{path} failed with exit code {process.ExitCode}:\n{await stderr}");
        return await stdout;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tests", "neo4j", "start.sh"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find tests/neo4j/start.sh above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// The tests on the one Neo4j test server, one after another and alone (after the parallel tests): its
/// timings and its few HTTP threads are part of what they check, so the rest of the suite must not starve it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jTestServer>
{
    public const string Name = "neo4j";
}
