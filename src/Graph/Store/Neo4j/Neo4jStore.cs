using System.Diagnostics;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The Neo4j store over HTTP (no driver): the Query API v2 on Neo4j 5.19+/Aura or the transactional
/// endpoint on self-managed 3.x–5.x, found at the first call. A change runs in one explicit
/// transaction that first takes the account node's write lock, so concurrent writers of one account
/// queue like SQLite's BEGIN IMMEDIATE; Neo.TransientError failures re-run the whole transaction.
/// Work that can take long runs in a transaction opened before it starts, so a request that gives up
/// rolls it back and Neo4j stops it; big accounts are written and deleted in bounded batches
/// (Neo4jStore.Writes.cs).
/// </summary>
public sealed partial class Neo4jStore : IGraphStore, IDisposable
{
    private readonly Neo4jSettings _settings;
    private readonly HttpClient _client;
    private readonly Neo4jHttp _http;
    private readonly SemaphoreSlim _connect = new(1, 1);
    // Writers of one account queue here before they queue on its Neo4j lock, so at most one request of
    // this process waits on that lock at a time: a request blocked on a lock holds one of the server's
    // few HTTP worker threads (as many as it has cores), and the lock's holder needs one to commit.
    // Reads that miss the map cache wait here too (they take the lock to read a consistent map): 128
    // gates keep two accounts from sharing one often.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 128).Select(_ => new SemaphoreSlim(1, 1))];
    // One batched create or delete at a time per process, for the same reason: two of them would keep
    // both worker threads of a 2-core server busy, and every other reader would wait for a turn.
    private readonly SemaphoreSlim _bulk = new(1, 1);
    private readonly MapCache _cache;
    private readonly TimeProvider _clock;
    private INeo4jTransport? _transport;
    private string? _version;

    /// <param name="clock">When commits are made (the change log's times); the system clock when null.</param>
    public Neo4jStore(Neo4jSettings settings, TimeProvider? clock = null)
        : this(settings, new SocketsHttpHandler
        {
            ConnectTimeout = settings?.ConnectTimeout ?? TimeSpan.FromSeconds(5),
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        }, clock)
    {
    }

    /// <summary>With a handler of the caller's: tests replay Neo4j's documented answers through it, or lose answers on purpose.</summary>
    internal Neo4jStore(Neo4jSettings settings, HttpMessageHandler handler, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _clock = clock ?? TimeProvider.System;
        _cache = new MapCache(settings.MapCacheBytes);
        // Timeouts are per request (Neo4jHttp), so that a timeout can be told from the caller cancelling.
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http = new Neo4jHttp(_client, settings);
    }

    public string Name => "neo4j";

    public Task InitializeAsync(CancellationToken ct) => ExecuteAsync(async t =>
    {
        _version = await Neo4jServer.VersionAsync(t, _settings.RequestTimeout, ct);
        await Neo4jServer.EnsureSchemaAsync(t, _version, _settings.RequestTimeout, ct);
        // Once per account written before the counts and edge keys; a big one takes a while, once.
        await Neo4jServer.MigrateAsync(t, _settings.RequestTimeout * 20, _clock.GetUtcNow(), _settings.BatchSize, ct);
        await RecoverReplacementsAsync(t, ct);
        return true;
    }, ct);

    public Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct) => ExecuteAsync(async t =>
    {
        var rows = (await t.RunAsync([new Statement(Cypher.ListAccounts)], _settings.ListTimeout, ct))[0].Rows;
        return (IReadOnlyList<AccountSummary>)[.. rows.Select(Neo4jRows.ReadSummary)];
    }, ct);

    public Task<string> CheckHealthAsync(CancellationToken ct) => ExecuteAsync(async t =>
    {
        _version ??= await Neo4jServer.VersionAsync(t, _settings.ListTimeout, ct);
        var accounts = Neo4jRows.Long((await t.RunAsync([new Statement(Cypher.CountAccounts)], _settings.ListTimeout, ct))[0].Rows[0], "accounts");
        return $"Neo4j {_version} at {_settings.Server} ({t.Description}), {accounts} accounts";
    }, ct);

    public void Dispose()
    {
        _client.Dispose();
        _connect.Dispose();
        _bulk.Dispose();
        foreach (var gate in _gates) gate.Dispose();
    }

    private async Task<T> OneWriterAsync<T>(string accountId, CancellationToken ct, Func<Task<T>> work)
    {
        var gate = Gate(accountId);
        await gate.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim Gate(string accountId) => _gates[(uint)StringComparer.Ordinal.GetHashCode(accountId) % (uint)_gates.Length];

    /// <summary>
    /// Runs one unit of work, re-running all of it after a Neo.TransientError (deadlock, lock timeout,
    /// leader switch) with exponential backoff and ±20 % jitter within the retry budget, as the official
    /// drivers do. Client errors are never retried; Neo4j's errors leave as <see cref="GraphException"/>.
    /// </summary>
    private async Task<T> ExecuteAsync<T>(Func<INeo4jTransport, Task<T>> work, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = _settings.RetryDelay;
        while (true)
        {
            try
            {
                return await work(await TransportAsync(ct));
            }
            catch (Neo4jException ex) when (ex.IsTransient && Stopwatch.GetElapsedTime(started) + delay < _settings.RetryBudget)
            {
                await Task.Delay(delay * (0.8 + (0.4 * Random.Shared.NextDouble())), ct);
                delay *= 2;
            }
            catch (Neo4jException ex)
            {
                throw Translate(ex);
            }
        }
    }

    private GraphException Translate(Neo4jException ex) => ex.Code switch
    {
        "Neo.ClientError.Schema.ConstraintValidationFailed" =>
            GraphException.Conflict(Errors.Say("Store.ClashNeo4j", Describe(ex.Message))),
        "Neo.ClientError.Security.Unauthorized" => new GraphException(
            $"Neo4j at {_settings.Server} refused the credentials of user '{_settings.User}' (bad credentials): {ex.Message} " +
            "Check SALESOPS_NEO4J_USER and SALESOPS_NEO4J_PASSWORD.", ex),
        _ => new GraphException($"Neo4j at {_settings.Server} answered with an error: {ex.Code}: {Neo4jSettings.Mask(ex.Message)}", ex),
    };

    /// <summary>An edge id lives on its :EdgeKey node: say "edge id", not the helper label, when that is what clashed.</summary>
    private static string Describe(string message) =>
        message.Contains("EdgeKey", StringComparison.Ordinal) ? $"the edge id is already used in another account: {message}" : message;

    /// <summary>Discovers the protocol once; a failed discovery is tried again by the next call.</summary>
    private async Task<INeo4jTransport> TransportAsync(CancellationToken ct)
    {
        if (_transport is { } transport) return transport;
        await _connect.WaitAsync(ct);
        try
        {
            return _transport ??= await Neo4jServer.ChooseTransportAsync(_http, ct);
        }
        finally
        {
            _connect.Release();
        }
    }
}
