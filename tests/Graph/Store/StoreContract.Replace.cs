using SalesOps.Graph.Model;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>Replacing an account is one unit on every store: the new account whole, or the old one as it was.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Replacing_an_account_writes_the_new_map_at_version_1_in_place_of_the_old_one()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 5), default);
        var replacement = Replacement();

        var result = await store.ReplaceAccountAsync(replacement, default);

        result.Version.ShouldBe(1);
        var map = (await store.GetMapAsync("acc-sample", default))!;
        Maps.Json(map).ShouldBe(Maps.Json(Stamp(replacement, 1)));
        (await store.ListAccountsAsync(default)).ShouldHaveSingleItem().People.ShouldBe(replacement.Nodes.Count(n => n.Kind == NodeKind.Person));
        (await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-new", 1, 1), default)).Version.ShouldBe(2);
    }

    [StoreFact]
    public async Task A_replace_that_fails_leaves_the_old_account_as_it_was()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.CreateAccountAsync(TransferData.Renamed(Maps.Sample("acc-other"), "-o"), default);
        var before = Maps.Json((await store.GetMapAsync("acc-sample", default))!);
        // The last node takes an id another account holds: the write fails at its very end.
        var replacement = Replacement();
        replacement = replacement with { Nodes = [.. replacement.Nodes, new Node { Id = "p-luis-o", Kind = NodeKind.Person, Name = "Taken" }] };

        var error = await Should.ThrowAsync<GraphException>(() => store.ReplaceAccountAsync(replacement, default));

        error.Error.ShouldBe(GraphError.Conflict);
        Maps.Json((await store.GetMapAsync("acc-sample", default))!).ShouldBe(before);
        (await store.ListAccountsAsync(default)).Select(a => a.Account.Id).ShouldBe(["acc-other-o", "acc-sample"], ignoreOrder: true);
    }

    [StoreFact]
    public async Task Replacing_an_account_that_is_not_there_creates_it()
    {
        var store = await NewStoreAsync();

        await store.ReplaceAccountAsync(Replacement(), default);

        Maps.Json((await store.GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(Stamp(Replacement(), 1)));
    }

    /// <summary>The sample account with one node kept (same id), one gone, one new and new edges: ids move, as a re-import does.</summary>
    public static AccountMap Replacement()
    {
        var sample = Maps.Sample();
        return new AccountMap(
            sample.Account with { Name = "Vidal Packaging (replaced)", Version = 0 },
            [
                new Node { Id = "p-maria", Kind = NodeKind.Person, Name = "María Vidal", Title = "CEO", Level = Level.Executive },
                new Node { Id = "p-new", Kind = NodeKind.Person, Name = "Nuria Prat", Title = "Buyer", X = 20.0, Y = -20.0 },
                new Node { Id = "c-ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz", TeamRole = TeamRole.AccountManager },
            ],
            [
                new Edge { Id = "e-reports", Type = EdgeType.REPORTS_TO, From = "p-new", To = "p-maria" },
                new Edge { Id = "e-fresh", Type = EdgeType.TALKS_WITH, From = "c-ana", To = "p-new", Strength = 4 },
            ]);
    }
}
