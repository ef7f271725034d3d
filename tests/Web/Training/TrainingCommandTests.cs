using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Graph.Store;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Training;

namespace SalesOps.Tests.Web.Training;

/// <summary>The training commands through the real app's mediator, as the Training page sends them.</summary>
public sealed class TrainingCommandTests : AppTest
{
    private static readonly TrainingSet Set = new()
    {
        Scenarios = [Scenario.SingleThreaded, Scenario.DormantRelationships], Locale = "de", Seed = 7, ReferenceDate = new DateOnly(2026, 5, 4), Copies = 2,
    };

    [Fact]
    public async Task A_cancelled_generate_writes_nothing()
    {
        var (app, _, _) = StartApp(seed: false);
        using var scope = app.ScopeAs("marta");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(async () =>
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GenerateTrainingSet(Set, false), cancel.Token));

        (await scope.ServiceProvider.GetRequiredService<IGraphStore>().ListAccountsAsync(default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Generating_reports_progress_and_makes_the_trainer_owner_and_the_participants_editors_of_every_account()
    {
        var (app, _, _) = StartApp(seed: false);
        using var scope = app.ScopeAs("marta");
        var people = 0;
        var progress = new SyncProgress(n => Interlocked.Add(ref people, n));

        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GenerateTrainingSet(Set, false, progress, ["ana@demo.salesops.example"]));

        result.Maps.Count.ShouldBe(4);
        people.ShouldBe(result.Maps.Sum(m => m.Nodes.Count(n => n.Kind == SalesOps.Graph.Model.NodeKind.Person)));
        var access = scope.ServiceProvider.GetRequiredService<IAccessStore>();
        foreach (var map in result.Maps)
            (await access.TeamAsync(map.Account.Id, default)).Select(m => (m.UserId, m.Role)).OrderBy(m => m.UserId)
                .ShouldBe([("u-demo-ana", AccountRole.Editor), ("u-demo-marta", AccountRole.Owner)]);
    }

    [Fact]
    public async Task Each_group_joins_only_its_own_copy()
    {
        var (app, _, _) = StartApp(seed: false);
        using var scope = app.ScopeAs("marta");

        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GenerateTrainingSet(Set, false,
            Groups: [["ana@demo.salesops.example"], ["jordi@demo.salesops.example"]]));

        var access = scope.ServiceProvider.GetRequiredService<IAccessStore>();
        foreach (var map in result.Maps)
        {
            var group = TrainingRecipe.Parse(map.Account.Id)!.Copy == 1 ? "u-demo-ana" : "u-demo-jordi";
            (await access.TeamAsync(map.Account.Id, default)).Select(m => m.UserId).Order(StringComparer.Ordinal).ShouldBe([group, "u-demo-marta"]);
        }
    }

    /// <summary>Progress that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool and may come late).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
