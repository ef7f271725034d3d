namespace SalesOps.Graph.Store.Neo4j;

/// <summary>One Cypher statement; every value travels as a parameter.</summary>
internal sealed record Statement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Statement(string text) : this(text, new Dictionary<string, object?>()) { }

    public static Statement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}

/// <summary>The rows of one statement, each a column → value map of plain .NET values (see <see cref="Neo4jJson"/>).</summary>
internal sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

/// <summary>
/// One of Neo4j's HTTP protocols. Both give the store the same two things: statements run in one
/// auto-commit transaction, and explicit transactions that span requests. Every request gives up
/// after the timeout the caller names for its kind of work.
/// </summary>
internal interface INeo4jTransport
{
    /// <summary>How health and errors name it ("Query API v2", "transactional endpoint").</summary>
    string Description { get; }

    /// <summary>
    /// Runs the statements in order in one transaction and commits it, in one request. Only for work
    /// whose cost is small and bounded: a request that gives up here cannot stop what it started on the
    /// server (the server's own limit, from the request's max-execution-time, still applies on 3.1+).
    /// </summary>
    Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Statement> statements, TimeSpan timeout, CancellationToken ct);

    /// <summary>
    /// Opens a transaction on the server before any statement runs, so that whatever happens to a later
    /// request, disposing it rolls it back — which on Neo4j also stops a statement still running in it.
    /// </summary>
    Task<INeo4jTransaction> BeginAsync(TimeSpan timeout, CancellationToken ct);
}

/// <summary>An explicit transaction. Disposing one that was not committed rolls it back.</summary>
internal interface INeo4jTransaction : IAsyncDisposable
{
    Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken ct);

    /// <summary>Runs the statements (if any) and commits; with the transactional endpoint in the same request.</summary>
    Task<IReadOnlyList<Neo4jResult>> CommitAsync(IReadOnlyList<Statement> statements, CancellationToken ct);

    Task RollbackAsync(CancellationToken ct);
}
