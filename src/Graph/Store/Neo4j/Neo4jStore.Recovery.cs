using System.Text;
using SalesOps.Graph.Model;
using SalesOps.Graph.Transfer;

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
            await PutBackAsync((string)row["id"]!, (string)row["stamp"]!, (int)(Neo4jRows.Long(row, "parts") ?? 0));
        while (Deleted((await t.RunAsync([Statement.Of(Cypher.DropOrphanParts, ("staleMs", staleMs), ("limit", 100L))], _settings.WriteTimeout, ct))[0]) > 0)
        {
            // A bounded bite at a time: parts are big.
        }
    }

    /// <summary>
    /// The old account as its export document, in parts of at most a million characters: the copy a replace
    /// keeps until the new account stands. It is put back as an import would write it (<see cref="PutBackAsync"/>).
    /// </summary>
    private static List<string> CopyOf(AccountMap old, IReadOnlyList<Commit> log)
    {
        var text = Encoding.UTF8.GetString(TransferJson.Write(ExportDocument.Of([(old, log.Count > 0 ? log : null)])));
        var parts = new List<string>();
        for (var at = 0; at < text.Length;)
        {
            var end = Math.Min(text.Length, at + PartChars);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--; // never split a character
            parts.Add(text[at..end]);
            at = end;
        }
        return parts;
    }

    private const int PartChars = 1 << 20;

    /// <summary>Writes the copied account again (unless an account of that id stands already: the new one), then drops the copy.</summary>
    private async Task PutBackAsync(string id, string stamp, int parts)
    {
        var state = await ExecuteAsync(async t => (await t.RunAsync([Statement.Of(Cypher.AccountState, ("id", id), ("staleMs", 0L))], _settings.ListTimeout, CancellationToken.None))[0].Rows, CancellationToken.None);
        if (state.Count == 0 || state[0]["state"] is not null)
        {
            var text = new StringBuilder();
            for (var part = 0; part < parts; part++)
            {
                var row = await ExecuteAsync(async t => (await t.RunAsync([Statement.Of(Cypher.ReadPart, ("stamp", stamp), ("part", (long)part))], _settings.WriteTimeout, CancellationToken.None))[0].Rows.Single(), CancellationToken.None);
                text.Append((string)row["rows"]!);
            }
            // The copy was a stored account: the rules took it once; no day limits it now.
            var document = TransferJson.Read(Encoding.UTF8.GetBytes(text.ToString()));
            var old = ImportRules.Maps(document, DateOnly.MaxValue).Single();
            if (state.Count > 0)
            {
                await ExecuteAsync(async t =>
                {
                    await t.RunAsync([Statement.Of(Cypher.MarkDeleting, ("id", id))], _settings.WriteTimeout, CancellationToken.None);
                    await PurgeAsync(t, id, CancellationToken.None);
                    return true;
                }, CancellationToken.None);
            }
            // Back with its change log, as an import of the copy would write it.
            if (document.Accounts[0].Changes is { Count: > 0 })
            {
                var (map, log) = ImportHistory.Build(document.Accounts[0], 0, old, Author.Machine.As(ChangeKind.Import), _clock.GetUtcNow());
                await CreateInBatchesAsync(map, log, keepVersions: true, CancellationToken.None);
            }
            else await CreateAccountAsync(old, CancellationToken.None);
        }
        await ExecuteAsync(t => DropReplacementAsync(t, id, stamp), CancellationToken.None);
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
}
