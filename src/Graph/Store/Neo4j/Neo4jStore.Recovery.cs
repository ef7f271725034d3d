using System.Text;
using System.Text.Json;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The way back of a replace in steps (Neo4jStore.Replace.cs): putting the old account back from its
/// hidden copy, now or at the next start, and dropping copies nobody needs any more.
/// </summary>
public sealed partial class Neo4jStore
{
    /// <summary>Finishes replaces that a stopped process left behind: the old account comes back unless the new one stands.</summary>
    private async Task RecoverReplacementsAsync(INeo4jTransport t, CancellationToken ct)
    {
        var staleMs = (long)(_settings.WriteTimeout * 2).TotalMilliseconds;
        var stale = (await t.RunAsync([Statement.Of(Cypher.StaleReplacements, ("staleMs", staleMs))], _settings.ListTimeout, ct))[0].Rows;
        foreach (var row in stale)
            await PutBackAsync(t, (string)row["id"]!, (string)row["stamp"]!, (string)row["account"]!, (int)(Neo4jRows.Long(row, "parts") ?? 0));
        while (Deleted((await t.RunAsync([Statement.Of(Cypher.DropOrphanParts, ("staleMs", staleMs), ("limit", 100L))], _settings.WriteTimeout, ct))[0]) > 0)
        {
            // A bounded bite at a time: parts are big.
        }
    }

    /// <summary>Writes the copied account again (unless an account of that id stands already: the new one), then drops the copy.</summary>
    private async Task<bool> PutBackAsync(INeo4jTransport t, string id, string stamp, string accountJson, int parts)
    {
        var state = (await t.RunAsync([Statement.Of(Cypher.AccountState, ("id", id), ("staleMs", 0L))], _settings.ListTimeout, CancellationToken.None))[0].Rows;
        if (state.Count == 0 || state[0]["state"] is not null)
        {
            if (state.Count > 0) await t.RunAsync([Statement.Of(Cypher.MarkDeleting, ("id", id))], _settings.WriteTimeout, CancellationToken.None);
            await PurgeAsync(t, id, CancellationToken.None);
            await t.RunAsync([Statement.Of(Cypher.CreateHiddenAccount, ("props", Parse(accountJson)))], _settings.WriteTimeout, CancellationToken.None);
            for (var part = 0; part < parts; part++)
            {
                var row = (await t.RunAsync([Statement.Of(Cypher.ReadPart, ("stamp", stamp), ("part", (long)part))], _settings.WriteTimeout, CancellationToken.None))[0].Rows.Single();
                var statement = Cypher.PartStatements[(string)row["kind"]!];
                await using var tx = await t.BeginAsync(_settings.WriteTimeout, CancellationToken.None);
                await tx.CommitAsync([Statement.Of(statement, ("rows", Parse((string)row["rows"]!)), ("accountId", id), ("stamp", stamp))], CancellationToken.None);
            }
            await t.RunAsync([Statement.Of(Cypher.Activate, ("accountId", id), ("stamp", stamp))], _settings.WriteTimeout, CancellationToken.None);
        }
        return await DropReplacementAsync(t, id, stamp);
    }

    /// <summary>Best effort: a copy left behind is dropped by the next start (<see cref="Cypher.DropOrphanParts"/>).</summary>
    private async Task DropCopyAsync(string stamp)
    {
        try { await ExecuteAsync(t => DropPartsAsync(t, stamp), CancellationToken.None); }
        catch (GraphException) { /* left for the next start */ }
    }

    private async Task<bool> DropReplacementAsync(INeo4jTransport t, string id, string stamp)
    {
        await t.RunAsync([Statement.Of(Cypher.DropReplacement, ("id", id), ("stamp", stamp), ("limit", 100L))], _settings.WriteTimeout, CancellationToken.None);
        return await DropPartsAsync(t, stamp);
    }

    private async Task<bool> DropPartsAsync(INeo4jTransport t, string stamp)
    {
        while (Deleted((await t.RunAsync([Statement.Of(Cypher.DropParts, ("stamp", stamp), ("limit", 100L))], _settings.WriteTimeout, CancellationToken.None))[0]) > 0)
        {
            // A bounded bite at a time: parts are big.
        }
        return true;
    }

    /// <summary>The copy keeps parameters as the JSON they are sent as, so floats stay floats when it is written again.</summary>
    private static string Json(object? value) => Encoding.UTF8.GetString(Neo4jJson.Serialize(value!));

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
