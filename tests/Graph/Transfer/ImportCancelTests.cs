using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>An import the caller gives up on (a closed request, Ctrl+C in the CLI) stops and leaves the store as it was.</summary>
public sealed class ImportCancelTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task An_import_cancelled_after_its_first_account_undoes_it_and_puts_the_replaced_one_back()
    {
        var sqlite = await _dir.NewSqliteStoreAsync();
        await sqlite.CreateAccountAsync(Maps.Sample(), default);
        var before = Maps.Json((await sqlite.GetMapAsync("acc-sample", default))!);
        using var cancel = new CancellationTokenSource();
        var store = new CancellingStore(sqlite, cancel);
        var document = ExportDocument.Of([TransferData.Renamed(Maps.Sample("acc-first"), "-1"), Maps.Sample(), TransferData.Renamed(Maps.Sample("acc-third"), "-3")]);

        await Should.ThrowAsync<OperationCanceledException>(() => Importer.ImportAsync(store, document, replace: true, new DateOnly(2027, 1, 4), cancel.Token));

        (await sqlite.ListAccountsAsync(default)).Select(s => s.Account.Id).ShouldBe(["acc-sample"]);
        Maps.Json((await sqlite.GetMapAsync("acc-sample", default))!).ShouldBe(before);
        store.Written.ShouldBe(["acc-first-1"]); // nothing after the cancel was started
    }

    [Fact]
    public void Checking_a_big_document_stops_when_cancelled()
    {
        var document = ExportDocument.Of([SalesOps.Benchmarks.AccountGenerator.Generate(3_000, prefix: "c-", distinct: true)]);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Should.Throw<OperationCanceledException>(() => ImportRules.Maps(document, new DateOnly(2027, 1, 4), cancel.Token));
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>A real store whose caller gives up right after the first account is written.</summary>
    private sealed class CancellingStore(IGraphStore inner, CancellationTokenSource cancel) : IGraphStore
    {
        public List<string> Written { get; } = [];
        public string Name => inner.Name;
        public Task InitializeAsync(CancellationToken ct) => inner.InitializeAsync(ct);
        public Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct) => inner.ListAccountsAsync(ct);
        public Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct) => inner.GetMapAsync(accountId, ct);
        public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, CancellationToken ct) => inner.ChangeAsync(accountId, decide, by, ct);
        public Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct) => inner.DeleteAccountAsync(accountId, ct);
        public Task<string> CheckHealthAsync(CancellationToken ct) => inner.CheckHealthAsync(ct);
        public Task<MapResult> CreateAccountAsync(AccountMap map, Author by, CancellationToken ct) => Then(inner.CreateAccountAsync(map, by, ct), map);
        public Task<MapResult> ReplaceAccountAsync(AccountMap map, Author by, CancellationToken ct) => Then(inner.ReplaceAccountAsync(map, by, ct), map);

        private async Task<MapResult> Then(Task<MapResult> write, AccountMap map)
        {
            var result = await write;
            if (!cancel.IsCancellationRequested) Written.Add(map.Account.Id);
            await cancel.CancelAsync();
            return result;
        }
    }
}
