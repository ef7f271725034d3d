using System.Text.RegularExpressions;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>Which of Neo4j's two HTTP protocols to speak; Auto asks the server (GET /).</summary>
public enum Neo4jProtocol
{
    Auto,
    /// <summary>Query API v2 (Neo4j 5.19+ and Aura): /db/{db}/query/v2.</summary>
    Query,
    /// <summary>The transactional endpoint (self-managed 3.x–5.x): /db/{db}/tx, on 3.x /db/data/transaction.</summary>
    Tx,
}

/// <summary>
/// Where the Neo4j server is and how patient to be with it, by kind of work. Printing it never shows
/// the password or credentials in the address.
/// </summary>
public sealed partial record Neo4jSettings
{
    public Uri Uri { get; init; } = new("http://localhost:7474");

    public string User { get; init; } = "neo4j";

    /// <summary>Null or empty: no Authorization header (a server with auth disabled).</summary>
    public string? Password { get; init; }

    /// <summary>Ignored by Neo4j 3.x, which has one database.</summary>
    public string Database { get; init; } = "neo4j";

    public Neo4jProtocol Protocol { get; init; } = Neo4jProtocol.Auto;

    /// <summary>Requests outside the kinds below (discovery, schema) give up after this long, so a stuck server never hangs a page.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The account list, health and version probes: small answers, so a short limit.</summary>
    public TimeSpan ListTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Each request of a map read. Longer than the others: a 20,000-person map takes 4–14 s to read whole
    /// on a busy 2-core server; a read that gives up is stopped on the server, so waiting costs nobody else.
    /// </summary>
    public TimeSpan MapTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each request of a change, and each batch of a create or delete.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Nodes or relationships per transaction when a big account is created or deleted: each batch holds
    /// one of the server's few HTTP threads for a fraction of a second, so other requests get their turn.
    /// </summary>
    public int BatchSize { get; init; } = 1_000;

    /// <summary>
    /// Estimated bytes of the maps kept in memory to answer reads with one probe while the account is
    /// unchanged (<see cref="MapCache"/>, <see cref="Model.MemorySize"/>); 0 turns it off. 128 MB: some two hundred 500-person maps.
    /// </summary>
    public long MapCacheBytes { get; init; } = 128L << 20;

    /// <summary>Short, so an unreachable host is reported at start-up within seconds.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait before re-running a transaction that failed with a Neo.TransientError (then ×2, ±20 %).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No new attempt starts once this much time has passed since the first.</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Settings from configuration values; blank values keep the defaults.</summary>
    public static Neo4jSettings From(string? uri, string? user, string? password, string? database, string? protocol)
    {
        var settings = new Neo4jSettings();
        if (!string.IsNullOrWhiteSpace(uri))
        {
            if (!Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                throw new InvalidOperationException($"SALESOPS_NEO4J_URI '{Mask(uri)}' is not an http:// or https:// address of a Neo4j server (e.g. http://localhost:7474).");
            settings = settings with { Uri = parsed };
        }
        if (!string.IsNullOrWhiteSpace(user)) settings = settings with { User = user.Trim() };
        if (!string.IsNullOrEmpty(password)) settings = settings with { Password = password };
        if (!string.IsNullOrWhiteSpace(database)) settings = settings with { Database = database.Trim() };
        if (!string.IsNullOrWhiteSpace(protocol))
        {
            settings = settings with
            {
                Protocol = protocol.Trim().ToUpperInvariant() switch
                {
                    "AUTO" => Neo4jProtocol.Auto,
                    "QUERY" => Neo4jProtocol.Query,
                    "TX" => Neo4jProtocol.Tx,
                    _ => throw new InvalidOperationException($"SALESOPS_NEO4J_PROTOCOL '{protocol}' is not one of query, tx or auto."),
                },
            };
        }
        return settings;
    }

    /// <summary>The server address for messages: no user info, no trailing slash.</summary>
    public string Server => $"{Uri.Scheme}://{Uri.Authority}{Uri.AbsolutePath.TrimEnd('/')}";

    /// <summary>Credentials in any address in the text (<c>http://user:secret@host</c>) replaced by <c>***</c>.</summary>
    public static string Mask(string text) => Credentials().Replace(text ?? "", "://***@");

    /// <summary>The record's own ToString would print the password: this one shows it only as set or not.</summary>
    public override string ToString() =>
        $"Neo4jSettings {{ Uri = {Mask(Uri.ToString())}, User = {User}, Password = {(string.IsNullOrEmpty(Password) ? "(none)" : "***")}, " +
        $"Database = {Database}, Protocol = {Protocol}, RequestTimeout = {RequestTimeout}, ListTimeout = {ListTimeout}, MapTimeout = {MapTimeout}, " +
        $"WriteTimeout = {WriteTimeout}, BatchSize = {BatchSize}, MapCacheBytes = {MapCacheBytes}, ConnectTimeout = {ConnectTimeout}, RetryDelay = {RetryDelay}, RetryBudget = {RetryBudget} }}";

    [GeneratedRegex(@"://[^/?#@\s]*@")]
    private static partial Regex Credentials();
}
