using System.Diagnostics;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The Neo4j store over HTTP (no driver): the Query API v2 on Neo4j 5.19+/Aura or the transactional
/// endpoint on self-managed 3.x–5.x, found at the first call. A change runs in one explicit
/// transaction that first takes the account node's write lock, so concurrent writers of one account
/// queue like SQLite's BEGIN IMMEDIATE; Neo.TransientError failures re-run the whole transaction.
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
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];
    private INeo4jTransport? _transport;
    private string? _version;

    public Neo4jStore(Neo4jSettings settings)
        : this(settings, new SocketsHttpHandler
        {
            ConnectTimeout = settings?.ConnectTimeout ?? TimeSpan.FromSeconds(5),
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
    {
    }

    /// <summary>With a handler of the caller's: tests replay Neo4j's documented answers through it.</summary>
    internal Neo4jStore(Neo4jSettings settings, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        // Timeouts are per request (Neo4jHttp), so that a timeout can be told from the caller cancelling.
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http = new Neo4jHttp(_client, settings);
    }

    public string Name => "neo4j";

    public Task InitializeAsync(CancellationToken ct) => ExecuteAsync(async t =>
    {
        _version = await Neo4jServer.VersionAsync(t, ct);
        await Neo4jServer.EnsureSchemaAsync(t, _version, ct);
        return true;
    }, ct);

    public Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct) => ExecuteAsync(async t =>
    {
        var rows = (await t.RunAsync([new Statement(Cypher.ListAccounts)], ct))[0].Rows;
        return (IReadOnlyList<AccountSummary>)[.. rows.Select(r => new AccountSummary(
            Neo4jRows.ReadAccount(Neo4jRows.Map(r, "account")), (int)(Neo4jRows.Long(r, "people") ?? 0), (int)(Neo4jRows.Long(r, "counterparts") ?? 0)))];
    }, ct);

    public Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct) => ExecuteAsync(async t =>
        Neo4jRows.ReadSnapshot((await t.RunAsync([Statement.Of(Cypher.ReadMap, ("id", accountId))], ct))[0])?.Map, ct);

    public Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        return ExecuteAsync(async t =>
        {
            await using var tx = t.Begin();
            var taken = (await tx.RunAsync([Statement.Of(Cypher.AccountExists, ("id", map.Account.Id))], ct))[0].Rows;
            if (taken.Count > 0 && Neo4jRows.Long(taken[0], "n") > 0)
                throw GraphException.Conflict($"An account with id '{map.Account.Id}' already exists.");
            IReadOnlyList<MapOp> ops =
            [
                new PutAccount(map.Account), .. map.Nodes.Select(n => new PutNode(n)), .. map.Edges.Select(e => new PutEdge(e)),
            ];
            var commit = new Commit(map.Account.Id, 1, Commit.Stamp(ops, 1));
            await tx.CommitAsync(Neo4jWrites.Plan(map.Account with { Version = 1 }, commit.Ops, before: null, nextSeq: 0), ct);
            return new MapResult(commit, AccountMap.Empty(map.Account.Id).Apply(commit));
        }, ct);
    }

    public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return OneWriterAsync(accountId, ct, () => ExecuteAsync(async t =>
        {
            await using var tx = t.Begin();
            // Lock first, then read: the snapshot the rules see is the one this transaction writes over.
            var read = await tx.RunAsync([Statement.Of(Cypher.Lock, ("id", accountId)), Statement.Of(Cypher.ReadMap, ("id", accountId))], ct);
            var (map, nextSeq) = Neo4jRows.ReadSnapshot(read[1]) ?? throw GraphException.NotFound($"There is no account '{accountId}'.");
            var version = map.Version + 1;
            // A rule's GraphException leaves here unchanged; disposing the transaction rolls it back.
            var ops = Commit.Stamp(decide(map), version);
            var account = ops.OfType<PutAccount>().LastOrDefault()?.Account ?? map.Account with { Version = version };
            await tx.CommitAsync(Neo4jWrites.Plan(account, ops, map, nextSeq), ct);
            var commit = new Commit(accountId, version, ops);
            return new MapResult(commit, map.Apply(commit));
        }, ct));
    }

    public Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct) => OneWriterAsync(accountId, ct, () => ExecuteAsync(async t =>
    {
        // The same lock order as a change (account first), so a delete and a change cannot deadlock.
        var results = await t.RunAsync(
        [
            Statement.Of(Cypher.Lock, ("id", accountId)),
            Statement.Of(Cypher.DeleteNodesOfAccount, ("id", accountId)),
            Statement.Of(Cypher.DeleteAccount, ("id", accountId)),
        ], ct);
        return Neo4jRows.Long(results[2].Rows[0], "deleted") > 0;
    }, ct));

    public Task<string> CheckHealthAsync(CancellationToken ct) => ExecuteAsync(async t =>
    {
        _version ??= await Neo4jServer.VersionAsync(t, ct);
        var accounts = Neo4jRows.Long((await t.RunAsync([new Statement(Cypher.CountAccounts)], ct))[0].Rows[0], "accounts");
        return $"Neo4j {_version} at {_settings.Server} ({t.Description}), {accounts} accounts";
    }, ct);

    public void Dispose()
    {
        _client.Dispose();
        _connect.Dispose();
        foreach (var gate in _gates) gate.Dispose();
    }

    private async Task<T> OneWriterAsync<T>(string accountId, CancellationToken ct, Func<Task<T>> work)
    {
        var gate = _gates[(uint)StringComparer.Ordinal.GetHashCode(accountId) % (uint)_gates.Length];
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
            GraphException.Conflict($"The change conflicts with data already stored in Neo4j ({ex.Message})."),
        "Neo.ClientError.Security.Unauthorized" => new GraphException(
            $"Neo4j at {_settings.Server} refused the credentials of user '{_settings.User}' (bad credentials): {ex.Message} " +
            "Check SALESOPS_NEO4J_USER and SALESOPS_NEO4J_PASSWORD.", ex),
        _ => new GraphException($"Neo4j at {_settings.Server} answered with an error: {ex.Code}: {ex.Message}", ex),
    };

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
