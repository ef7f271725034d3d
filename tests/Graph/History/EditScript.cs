using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;

namespace SalesOps.Tests.Graph.History;

/// <summary>One edit, as numbers the script reads against the map it has: what to do (Kind) and which and how (A, B, C).</summary>
public sealed record Step(int Kind, int A, int B, int C)
{
    public const int Kinds = 14;

    public override string ToString() => $"({Kind},{A},{B},{C})";
}

/// <summary>
/// Random edits through the real rules into a real store, by two authors: people and ours added, edited
/// (sometimes on a stale version: a conflict), moved, connected, disconnected, deleted; functions set;
/// the account edited; undo and restore of earlier commits; the account exported and imported again with
/// its log, or without it (its history starts over). Every map a commit left is kept, by version.
/// </summary>
public sealed class EditScript(IGraphStore store, string accountId)
{
    private static readonly Author[] Authors = [new("u-ana", "Ana Ruiz"), new("u-jordi", "Jordi Puig")];
    private static readonly string[] Names = ["Lois Conroy", "Marta Gil", "Pedro Ruiz", "Zoë Ōtsuka", "Luis Gómez", "Ana Vidal"];
    private static readonly EdgeType[] Drawn = [EdgeType.INFLUENCES, EdgeType.REPORTS_TO, EdgeType.TALKS_WITH];
    private int _ids;

    /// <summary>The map each version of the current history left, as the store returned it.</summary>
    public Dictionary<long, AccountMap> Saved { get; } = [];

    public AccountMap Map { get; private set; } = null!;

    public int Refused { get; private set; }

    public async Task StartAsync()
    {
        var f1 = new Node { Id = Id("f"), Kind = NodeKind.Function, Name = "Purchasing", Involvement = Involvement.Direct };
        var f2 = new Node { Id = Id("f"), Kind = NodeKind.Function, Name = "Production", Involvement = Involvement.Indirect };
        var start = new AccountMap(new Account { Id = accountId, Name = "Property Test AG", ShareOfWallet = 10 }, [f1, f2], []);
        Keep((await store.CreateAccountAsync(start, Authors[0].As(ChangeKind.Create), default)).Map, restart: true);
    }

    public async Task StepAsync(Step s)
    {
        var by = Authors[s.A % 2];
        try
        {
            switch (s.Kind)
            {
                case 10: await ImportAsync(withLog: true); return;
                case 11: await ImportAsync(withLog: false); return;
            }
            var r = await store.ChangeAsync(accountId, m => Decide(m, s) ?? throw GraphException.Invalid("nothing to do"), s.Kind == 12 ? by.As(ChangeKind.Undo) : by, default);
            Keep(r.Map);
        }
        catch (GraphException)
        {
            Refused++;
        }
    }

    private IReadOnlyList<MapOp>? Decide(AccountMap m, Step s)
    {
        var people = m.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart).ToList();
        var functions = m.OfKind(NodeKind.Function).ToList();
        var edges = m.Edges.Where(e => e.Type != EdgeType.WORKS_IN).ToList();
        Node? Pick(int i) => people.Count == 0 ? null : people[i % people.Count];
        switch (s.Kind)
        {
            case 0:
                return NodeRules.Add(m, new NodeDraft
                {
                    Kind = NodeKind.Person, Name = Names[s.B % Names.Length], Title = s.C % 3 == 0 ? null : "Head of " + s.C, Stance = (Stance)(s.C % 6), Id = Id("p"),
                    FunctionId = s.B % 3 == 0 && functions.Count > 0 ? functions[s.C % functions.Count].Id : null,
                });
            case 1:
                return NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Counterpart, Name = Names[s.B % Names.Length] + " (ours)", Level = (Level)(s.C % 4), Id = Id("c") });
            case 2 when Pick(s.B) is { } n:
                var stale = s.C % 7 == 0 ? n.Version - 1 : n.Version; // a conflict now and then: refused, not logged
                return NodeRules.Update(m, n.Id, n.Kind == NodeKind.Person
                    ? new NodePatch { Title = $"Title {s.C}", Stance = (Stance)(s.C % 6), Roles = s.C % 2 == 0 ? [BuyingRole.DecisionMaker] : [], BaseVersion = stale }
                    : new NodePatch { Level = (Level)(s.C % 4), Title = s.C % 3 == 0 ? "" : "Account lead", BaseVersion = stale });
            case 3 when Pick(s.B) is { } n:
                return NodeRules.Move(m, n.Id, s.C * 10.5, -s.B);
            case 4 when Pick(s.B) is { } from && Pick(s.C) is { } to:
                return EdgeRules.Connect(m, new EdgeDraft { Type = Drawn[s.A % 3], From = from.Id, To = to.Id, Strength = 1 + s.C % 5, Dotted = s.A % 4 == 1 ? true : null, Id = Id("e") });
            case 5 when edges.Count > 0:
                var e = edges[s.B % edges.Count];
                return EdgeRules.Update(m, e.Id, new EdgePatch { Strength = 1 + s.C % 5, Note = s.C % 2 == 0 ? "" : "note " + s.C });
            case 6 when edges.Count > 0:
                return EdgeRules.Disconnect(m, edges[s.B % edges.Count].Id, null);
            case 7 when Pick(s.B) is { } n:
                return NodeRules.Delete(m, n.Id, null);
            case 8:
                return AccountRules.Update(m, new AccountPatch { Position = (SupplierPosition)(s.B % 6), ShareOfWallet = s.C % 101, AsOf = new DateOnly(2026, 1, 1).AddDays(s.B) });
            case 9 when people.FirstOrDefault(p => p.Kind == NodeKind.Person && p.Id == Pick(s.B)!.Id) is { } person:
                return NodeRules.Update(m, person.Id, new NodePatch { FunctionId = s.C % 3 == 0 || functions.Count == 0 ? "" : functions[s.C % functions.Count].Id });
            case 12 or 13:
                return Reverted(m, s);
            default:
                return null;
        }
    }

    /// <summary>Undo (12) of a recent commit of this history, or restore (13) of what a recent delete removed.</summary>
    private IReadOnlyList<MapOp>? Reverted(AccountMap m, Step s)
    {
        var log = (IHistoryStore)store;
        var commits = log.ChangesAsync(accountId, new ChangeQuery { Limit = 8 }, default).GetAwaiter().GetResult().Where(c => !c.IsWhole).ToList();
        if (s.Kind == 12)
        {
            if (commits.Count == 0) return null;
            var plan = Revert.Plan(m, commits[s.B % commits.Count], undo: true);
            return plan.Nothing ? null : plan.Ops;
        }
        if (commits.FirstOrDefault(c => c.Ops.Any(o => o is RemoveNode)) is not { } delete) return null;
        var node = delete.Ops.OfType<RemoveNode>().First().NodeId;
        var only = delete.Before.Edges.Where(x => x.From == node || x.To == node).Select(x => x.Id).Append(node).ToHashSet(StringComparer.Ordinal);
        var restore = Revert.Plan(m, delete, undo: false, only);
        return restore.Nothing ? null : restore.Ops;
    }

    private async Task ImportAsync(bool withLog)
    {
        var document = await Exporter.ExportAsync(store, accountId, default);
        if (!withLog) document = document with { Accounts = [.. document.Accounts.Select(a => a with { Changes = null })] };
        await Importer.ImportAsync(store, TransferJson.Read(TransferJson.Write(document)), replace: true, new DateOnly(2026, 11, 20), Authors[1], DateTimeOffset.UtcNow, default);
        Keep((await store.GetMapAsync(accountId, default))!, restart: !withLog);
    }

    private void Keep(AccountMap map, bool restart = false)
    {
        if (restart) Saved.Clear();
        Saved[map.Version] = map;
        Map = map;
    }

    private string Id(string kind) => $"{kind}-{accountId}-{++_ids}";
}
