using System.Text.Json;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>What the store learns about its server once: which protocol to speak, and which version it is.</summary>
internal static class Neo4jServer
{
    /// <summary>
    /// Picks the transport: configured, or discovered from <c>GET /</c> — 5.19+ names a "query"
    /// endpoint, 4.x/5.x a "transaction" one, and 3.x only "data" (whose endpoint is /db/data/transaction).
    /// </summary>
    public static async Task<INeo4jTransport> ChooseTransportAsync(Neo4jHttp http, CancellationToken ct)
    {
        var settings = http.Settings;
        if (settings.Protocol == Neo4jProtocol.Query) return new QueryApiTransport(http, settings.Database);

        var root = (await http.SendAsync(HttpMethod.Get, http.Url("/"), null, null, settings.RequestTimeout, false, ct)).Body;
        bool Has(string key) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out _);
        if (settings.Protocol == Neo4jProtocol.Auto && Has("query")) return new QueryApiTransport(http, settings.Database);
        if (Has("transaction")) return new TransactionalTransport(http, $"db/{Uri.EscapeDataString(settings.Database)}/tx");
        if (Has("data")) return new TransactionalTransport(http, "db/data/transaction");
        throw new GraphException(GraphError.Unavailable,
            $"{settings.Server} does not look like a Neo4j server: GET / names none of the 'query', 'transaction' or 'data' endpoints. " +
            "Check SALESOPS_NEO4J_URI, or set SALESOPS_NEO4J_PROTOCOL to query or tx.");
    }

    /// <summary>The kernel version, e.g. "3.1.1" or "5.26.0" (Aura: "5.27-aura").</summary>
    public static async Task<string> VersionAsync(INeo4jTransport transport, TimeSpan timeout, CancellationToken ct)
    {
        var rows = (await transport.RunAsync([new Statement(Cypher.Components)], timeout, ct))[0].Rows;
        var kernel = rows.FirstOrDefault(r => r["name"] is "Neo4j Kernel") ?? rows.FirstOrDefault();
        return kernel?["versions"] is List<object?> { Count: > 0 } versions ? versions[0]?.ToString() ?? "?" : "?";
    }

    public static int Major(string version) =>
        int.TryParse(version.Split('.', '-')[0], out var major) ? major : 5;

    /// <summary>
    /// Uniqueness of Account and Node ids and the index on Node.accountId, then the access part's
    /// constraints (<see cref="AccessCypher"/>), idempotently. Each DDL runs
    /// alone: Neo4j refuses schema and data changes in one transaction.
    /// </summary>
    public static async Task EnsureSchemaAsync(INeo4jTransport transport, string version, TimeSpan timeout, CancellationToken ct)
    {
        var modern = Major(version) >= 5;
        foreach (var ddl in modern ? [.. Cypher.Schema5, .. AccessCypher.Schema5] : (string[])[.. Cypher.SchemaBefore5, .. AccessCypher.SchemaBefore5])
        {
            try
            {
                await transport.RunAsync([new Statement(ddl)], timeout, ct);
            }
            catch (Neo4jException ex) when (!modern && ex.Code.Contains("AlreadyExists", StringComparison.Ordinal))
            {
                // 4.x answers a repeated CREATE with EquivalentSchemaRuleAlreadyExists: the schema is there.
            }
        }
    }

    /// <summary>
    /// Brings accounts written before <see cref="Cypher.DataVersion"/> (or loaded from a Cypher script) up
    /// to it, one account per transaction: counts on the account node, a stamp, an :EdgeKey per edge, and a
    /// change log that starts with the map as it is (a base commit made <paramref name="at"/>) if it has none.
    /// Before that, commits kept as (:Change) nodes move onto their account's (:ChangeLog).
    /// </summary>
    public static async Task<int> MigrateAsync(INeo4jTransport transport, TimeSpan timeout, DateTimeOffset at, int batchSize, CancellationToken ct)
    {
        // Commits written as (:Change) nodes first, for every account whatever its state: a purge reads only the logs.
        while (Neo4jRows.Long((await transport.RunAsync([Statement.Of(Cypher.MigrateChanges, ("limit", (long)batchSize))], timeout, ct))[0].Rows[0], "moved") >= batchSize) { }
        var ids = (await transport.RunAsync([Statement.Of(Cypher.AccountsToMigrate, ("dataVersion", Cypher.DataVersion))], timeout, ct))[0].Rows
            .Select(r => (string)r["id"]!).ToList();
        foreach (var id in ids)
        {
            await using var tx = await transport.BeginAsync(timeout, ct);
            var read = await tx.RunAsync([Statement.Of(Cypher.HasChanges, ("accountId", id)), Statement.Of(Cypher.ReadMap, ("id", id))], ct);
            var logged = Neo4jRows.Long(read[0].Rows[0], "changes") > 0;
            List<Statement> statements =
            [
                Statement.Of(Cypher.MigrateKeys, ("id", id)),
                Statement.Of(Cypher.MigrateCounts, ("id", id), ("stamp", Guid.NewGuid().ToString("N")), ("dataVersion", Cypher.DataVersion)),
            ];
            if (!logged && Neo4jRows.ReadSnapshot(read[1]) is { } snapshot)
                statements.Add(Neo4jWrites.Change(Commit.Whole(snapshot.Map, snapshot.Map.Version, Author.Machine.As(ChangeKind.Base), at, stamp: false), batchSize));
            await tx.CommitAsync(statements, ct);
        }
        return ids.Count;
    }
}
