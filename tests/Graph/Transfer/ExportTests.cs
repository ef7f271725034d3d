using System.Text;
using System.Text.Json.Nodes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>The export document from a real SQLite file: every field, no versions, stable bytes.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private async Task<IGraphStore> NewStoreAsync() => await _dir.NewSqliteStoreAsync();

    [Fact]
    public async Task The_document_carries_every_field_by_name_without_versions()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "c-ana", 300, 40.25), default); // version 2

        var text = TransferData.MapsOnly(await TransferData.ExportAsync(store));

        text.ShouldBe(Expected);
    }

    [Fact]
    public async Task Exports_are_deterministic_accounts_by_id_nodes_and_edges_in_map_order()
    {
        var store = await NewStoreAsync();
        await TransferData.FillAsync(store);

        var first = await TransferData.ExportAsync(store);
        var second = await TransferData.ExportAsync(store);
        var document = TransferJson.Read(first);

        second.ShouldBe(first);
        first[^1].ShouldBe((byte)'\n');
        first[^2].ShouldNotBe((byte)'\n');
        document.Accounts.Select(a => a.Account.Id).ShouldBe(document.Accounts.Select(a => a.Account.Id).Order(StringComparer.Ordinal));
        foreach (var account in document.Accounts)
        {
            var map = (await store.GetMapAsync(account.Account.Id, default))!;
            account.Nodes.Select(n => n.Id).ShouldBe(map.Nodes.Select(n => n.Id));
            account.Edges.Select(e => e.Id).ShouldBe(map.Edges.Select(e => e.Id));
        }
        TransferData.MapsOnly(first).ShouldNotContain("\"version\"");
    }

    [Fact]
    public async Task Text_stays_readable_and_numbers_exact()
    {
        var store = await NewStoreAsync();
        var id = await TransferData.FillAsync(store);

        var text = TransferData.MapsOnly(await TransferData.ExportAsync(store, id));

        text.ShouldContain("\"name\": \"Müller & Söhne „Präzision“ — O'Brien \\\"Tools\\\" \\\\ AG\"");
        text.ShouldContain("\"potentialAmount\": 1234567.8900,");
        text.ShouldContain("\"concerns\": \"Line one\\nLine two\\r\\nC:\\\\temp\\\\new, 'single' and \\\"double\\\" quotes;");
        text.ShouldContain("\"lastContact\": \"2024-02-29\"");
        text.ShouldContain("\"y\": 0.30000000000000004");
        text.ShouldContain("\"x\": 1E-07");
        text.ShouldContain("\"dotted\": true");
        text.ShouldNotContain("\"industry\""); // cleared: null fields are left out
        TransferJson.Read(Encoding.UTF8.GetBytes(text)).Accounts.Single().Account.PotentialAmount.ShouldBe(1_234_567.8900m);
    }

    [Fact]
    public async Task The_account_plan_is_in_the_document()
    {
        var store = await NewStoreAsync();
        var id = await TransferData.FillAsync(store);

        var text = Encoding.UTF8.GetString(await TransferData.ExportAsync(store, id));
        var account = TransferJson.Read(Encoding.UTF8.GetBytes(text)).Accounts.Single();

        text.ShouldContain("\"outcome\": \"Zusage für Pilot ✅ — Ōtsuka-san \\\"on board\\\"\\nnächster Schritt: Angebot\"");
        text.ShouldContain("\"url\": \"https://docs.example.com/protokoll?id=42&v=ä\"");
        text.ShouldContain("\"method\": \"OnSite\"");
        text.ShouldContain("\"held\": true");
        text.ShouldContain("\"result\": \"PartlyConvinced\"");
        text.ShouldContain("\"result\": \"Pending\"");
        // The demo account brings a history of its own; the test's two entries are among it, in date order.
        var history = account.Account.History.ShouldNotBeNull().Select(h => (h.Date, h.Position, h.ShareOfWallet)).ToList();
        history.ShouldContain((new DateOnly(2025, 1, 31), SupplierPosition.Listed, (int?)7));
        history.ShouldContain((new DateOnly(2026, 10, 1), SupplierPosition.Preferred, (int?)18));
        history.Select(h => h.Date).ShouldBeInOrder();
        account.Nodes.Single(n => n.Id == "a-pilot").Documents.ShouldNotBeNull().Single().Title.ShouldBe("Referenz — Müller & Söhne");
        account.Nodes.Single(n => n.Id == "k-downtime").ShouldSatisfyAllConditions(n => n.Held.ShouldBeNull(), n => n.Date.ShouldBe(new DateOnly(2026, 10, 14)));
        account.Edges.Single(e => e.Id == "e-answers").Date.ShouldBe(new DateOnly(2026, 10, 20));
    }

    [Fact]
    public async Task One_account_or_none_for_an_unknown_id()
    {
        var store = await NewStoreAsync();
        var id = await TransferData.FillAsync(store);

        var one = TransferJson.Read(await TransferData.ExportAsync(store, id));
        var error = await Should.ThrowAsync<GraphException>(() => Exporter.ExportAsync(store, "acc-nowhere", default));

        one.Accounts.Single().Account.Id.ShouldBe(id);
        error.Error.ShouldBe(GraphError.NotFound);
    }

    [Fact]
    public async Task A_SQLite_export_imported_into_another_SQLite_store_exports_the_same_bytes()
    {
        var source = await NewStoreAsync();
        await TransferData.FillAsync(source);
        var exported = await TransferData.ExportAsync(source);

        var target = await NewStoreAsync();
        var result = await TransferData.ImportAsync(target, exported);

        result.Imported.Count.ShouldBe(6);
        result.Replaced.ShouldBeEmpty();
        (await TransferData.ExportAsync(target)).ShouldBe(exported);
        // The change log came along: each account is at the version its history reached.
        (await target.ListAccountsAsync(default)).Select(s => (s.Account.Id, s.Account.Version))
            .ShouldBe((await source.ListAccountsAsync(default)).Select(s => (s.Account.Id, s.Account.Version)));
    }

    [Fact]
    public async Task A_change_in_the_log_that_breaks_a_rule_is_refused_naming_the_account_and_the_change()
    {
        var source = await NewStoreAsync();
        var id = await TransferData.FillAsync(source);
        var document = JsonNode.Parse(await TransferData.ExportAsync(source, id))!;
        var ops = document["accounts"]![0]!["changes"]![0]!["ops"]!.AsArray();
        var put = ops.First(op => (string?)op!["op"] == "putNode")!;
        put["node"]!["name"] = " ";

        var target = await NewStoreAsync();
        var error = await Should.ThrowAsync<GraphException>(() => TransferData.ImportAsync(target, Encoding.UTF8.GetBytes(document.ToJsonString())));

        // "Which change" is put into words only for the refusal (ImportHistory.Op): it must still be there.
        error.Message.ShouldBe($"Account '{id}', change 1: The name is required.");
        error.Field.ShouldBe($"accounts[0].changes[0].ops[{ops.IndexOf(put)}].name");
        (await target.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    public void Dispose() => _dir.Dispose();

    private const string Expected = """
        {
          "format": "salesops.export",
          "formatVersion": 2,
          "accounts": [
            {
              "account": {
                "id": "acc-sample",
                "name": "Vidal Packaging S.A.",
                "industry": "Packaging",
                "country": "Spain",
                "position": "Listed",
                "shareOfWallet": 12,
                "potentialAmount": 1250000.50,
                "potentialCurrency": "EUR",
                "bringsInnovations": true,
                "involvesInDevelopment": false,
                "consultsOnStrategy": false
              },
              "nodes": [
                {
                  "id": "f-purchasing",
                  "kind": "Function",
                  "name": "Purchasing",
                  "involvement": "Direct"
                },
                {
                  "id": "p-maria",
                  "kind": "Person",
                  "name": "María Vidal",
                  "title": "CFO",
                  "level": "Executive",
                  "roles": [
                    "DecisionMaker",
                    "Signer"
                  ],
                  "stance": "Skeptic",
                  "influence": "High",
                  "email": "maria@vidal.example",
                  "concerns": "Worried about migration downtime",
                  "x": 10.5,
                  "y": -20
                },
                {
                  "id": "p-luis",
                  "kind": "Person",
                  "name": "Luis Gómez",
                  "title": "Head of Procurement",
                  "level": "Director",
                  "roles": [
                    "Purchaser"
                  ],
                  "stance": "Supporter",
                  "influence": "Medium",
                  "phone": "+34 600 000 000"
                },
                {
                  "id": "c-ana",
                  "kind": "Counterpart",
                  "name": "Ana Ruiz",
                  "title": "Key account manager",
                  "level": "Manager",
                  "teamRole": "AccountManager",
                  "x": 300,
                  "y": 40.25
                }
              ],
              "edges": [
                {
                  "id": "e-works",
                  "type": "WORKS_IN",
                  "from": "p-luis",
                  "to": "f-purchasing"
                },
                {
                  "id": "e-reports",
                  "type": "REPORTS_TO",
                  "from": "p-luis",
                  "to": "p-maria",
                  "strength": 3,
                  "dotted": false
                },
                {
                  "id": "e-influences",
                  "type": "INFLUENCES",
                  "from": "p-luis",
                  "to": "p-maria",
                  "strength": 4,
                  "note": "Trusted on supplier choice"
                },
                {
                  "id": "e-talks",
                  "type": "TALKS_WITH",
                  "from": "c-ana",
                  "to": "p-luis",
                  "strength": 4,
                  "status": "Active",
                  "cadenceDays": 30,
                  "lastContact": "2026-11-02",
                  "goal": "Get the framework contract renewed"
                }
              ]
            }
          ]
        }

        """;
}
