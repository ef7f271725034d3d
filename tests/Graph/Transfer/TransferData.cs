using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Seed;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>Stores filled with the demo accounts plus the edits that are hard to carry: unicode, quotes, decimals, nulls, dates.</summary>
public static class TransferData
{
    /// <summary>The demo accounts, then edits through the real rules in the first one; returns its id.</summary>
    public static async Task<string> FillAsync(IGraphStore store)
    {
        var maps = DemoData.Generate();
        foreach (var map in maps) await store.CreateAccountAsync(map, default);
        var first = maps[0];
        var id = first.Account.Id;
        var person = first.OfKind(NodeKind.Person).First().Id;
        var counterpart = first.OfKind(NodeKind.Counterpart).First().Id;

        await Change(store, id, m => AccountRules.Update(m, new AccountPatch { Name = "Müller & Söhne „Präzision“ — O'Brien \"Tools\" \\ AG", Industry = "", Country = "Österreich", ShareOfWallet = 7, PotentialAmount = 1_234_567.8900m, PotentialCurrency = "chf", ConsultsOnStrategy = true }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Zoë O'Connor-Łukasiewicz 👩‍💼", Title = "Head of \"Strategic\" Procurement", Level = Level.Director, Roles = [BuyingRole.Signer, BuyingRole.DecisionMaker], Stance = Stance.Champion, Influence = Influence.High, Email = "zoe@example.com", Phone = "+43 1 234\t56", LinkedIn = "https://www.linkedin.com/in/zo%C3%AB-oconnor?ref='q'&x=\"1\"", Concerns = "Line one\nLine two\r\nC:\\temp\\new, 'single' and \"double\" quotes; /* not a comment */ // nor this", X = -20, Y = 0.1 + 0.2, Id = "p-zoe" }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Ōtsuka", Id = "p-bare" }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Counterpart, Name = "Ana \\ Ruiz", Id = "c-ana-ruiz", X = 1e-7, Y = 123456.789 }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.REPORTS_TO, From = "p-zoe", To = person, Strength = 2, Dotted = true, Note = "Dotted line — \"matrix\"", Id = "e-dotted" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = counterpart, To = "p-zoe", Strength = 1, Status = RelationshipStatus.Planned, CadenceDays = 14, LastContact = new DateOnly(2024, 2, 29), Goal = "Intro über \"Werk 2\"", Id = "e-planned" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.INFLUENCES, From = "p-bare", To = "p-zoe", Id = "e-influence" }));
        // A deleted node and an edited edge: map order must survive gaps and updates.
        await Change(store, id, m => NodeRules.Delete(m, "p-bare", null));
        await Change(store, id, m => EdgeRules.Update(m, "e-planned", new EdgePatch { Strength = 3, Note = "" }));

        // The account plan: a meeting from both sides, a concern raised and answered, a position history.
        await Change(store, id, m => AccountRules.Update(m, new AccountPatch { Position = SupplierPosition.Listed, AsOf = new DateOnly(2025, 1, 31) }));
        await Change(store, id, m => AccountRules.Update(m, new AccountPatch { Position = SupplierPosition.Preferred, ShareOfWallet = 18, AsOf = new DateOnly(2026, 10, 1) }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Meeting, Name = "Werksbesuch „Linz“ — Q4", Date = new DateOnly(2026, 10, 14), Method = MeetingMethod.OnSite, Topic = "Rahmenvertrag; 'Preise' & \"SLAs\"", X = 12.5, Y = -3, Id = "m-visit" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.ATTENDED, From = "p-zoe", To = "m-visit", Id = "e-zoe-attended" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.ATTENDED, From = counterpart, To = "m-visit", Id = "e-we-attended" }));
        await Change(store, id, m => NodeRules.Update(m, "m-visit", new NodePatch { Held = true, Outcome = "Zusage für Pilot ✅ — Ōtsuka-san \"on board\"\nnächster Schritt: Angebot", NextSteps = "Angebot bis 31.10.", Documents = [new("Protokoll (PDF)", "https://docs.example.com/protokoll?id=42&v=ä"), new("Fotos", "http://intranet.example/linz")] }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Concern, Name = "Ausfallzeit bei der Migration", Date = new DateOnly(2026, 10, 14), Topic = "Migration", Id = "k-downtime" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.RAISED, From = person, To = "k-downtime", Id = "e-raised" }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Argument, Name = "Pilot an einem Standort", Text = "Zwei Wochen Pilot,\r\nRückbau in < 1 h", Topic = "Migration", Documents = [new("Referenz — Müller & Söhne", "https://example.com/referenz")], Id = "a-pilot" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.ANSWERS, From = "a-pilot", To = "k-downtime", Id = "e-answers" }));
        await Change(store, id, m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Argument, Name = "Bare argument", Id = "a-bare" }));
        await Change(store, id, m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.ANSWERS, From = "a-bare", To = "k-downtime", Id = "e-answers-pending" }));
        await Change(store, id, m => EdgeRules.Update(m, "e-answers", new EdgePatch { Result = ArgumentResult.PartlyConvinced, Date = new DateOnly(2026, 10, 20) }));
        return id;
    }

    public static async Task<byte[]> ExportAsync(IGraphStore store, string? account = null) =>
        TransferJson.Write(await Exporter.ExportAsync(store, account, default));

    /// <summary>The document's text without its change logs: the maps as they are now, for tests about the map part.</summary>
    public static string MapsOnly(byte[] document)
    {
        var read = TransferJson.Read(document);
        return System.Text.Encoding.UTF8.GetString(TransferJson.Write(read with { Accounts = [.. read.Accounts.Select(a => a with { Changes = null })] }));
    }

    public static Task<ImportResult> ImportAsync(IGraphStore store, byte[] document, bool replace = false) =>
        Importer.ImportAsync(store, TransferJson.Read(document), replace, TimeProvider.System.Today(), default);

    /// <summary>The map under other ids (suffix on account, node and edge ids), for documents of several accounts.</summary>
    public static AccountMap Renamed(AccountMap map, string suffix) => new(
        map.Account with { Id = map.Account.Id + suffix },
        [.. map.Nodes.Select(n => n with { Id = n.Id + suffix })],
        [.. map.Edges.Select(e => e with { Id = e.Id + suffix, From = e.From + suffix, To = e.To + suffix })]);

    private static Task<MapResult> Change(IGraphStore store, string id, Func<AccountMap, IReadOnlyList<MapOp>> rule) =>
        store.ChangeAsync(id, rule, default);
}
