using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SalesOps.Web.Features;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Faults;

/// <summary>Nothing fails quietly: a live subscriber that throws and a page whose reload fails are both logged.</summary>
public sealed class SilentFailureTests : AppTest
{
    [Fact]
    public async Task A_live_subscriber_that_throws_is_dropped_and_the_log_says_which_account_and_why()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Loud Failures AG");
        var calls = 0;
        using var failing = app.Services.GetRequiredService<MapFeed>().Subscribe(account, _ =>
        {
            calls++;
            throw new InvalidOperationException("viewer exploded");
        });

        await api.AddNodeAsync(account, new { kind = "Person", name = "Ria Holm" });
        await api.AddNodeAsync(account, new { kind = "Person", name = "Tom Holm" });

        calls.ShouldBe(1, "a failing subscriber is dropped after its first failure");
        app.Log.Lines.ShouldContain(l => l.StartsWith("Error ", StringComparison.Ordinal) && l.Contains(account, StringComparison.Ordinal) && l.Contains("viewer exploded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_whose_reload_after_a_live_change_fails_logs_it()
    {
        using var ctx = new BunitContext();
        var log = new LogCapture();
        ctx.Services.AddLogging(l => l.AddProvider(log));
        ctx.Services.AddSingleton<MapFeed>();
        var page = ctx.Render<ReloadFailingPage>(p => p.Add(x => x.AccountId, "acc-flaky"));
        var feed = ctx.Services.GetRequiredService<MapFeed>();

        await feed.DeliverAsync(MapChanged.Of(new MapResult(new Commit("acc-flaky", 2, []), AccountMap.Empty("acc-flaky"))));

        page.WaitForAssertion(() => log.Lines.ShouldContain(l =>
            l.StartsWith("Error ", StringComparison.Ordinal) && l.Contains("acc-flaky", StringComparison.Ordinal) && l.Contains("reload broke", StringComparison.Ordinal)));
        page.Instance.Loads.ShouldBe(2);
    }

    /// <summary>A page about an account whose first load works and every later one throws.</summary>
    public sealed class ReloadFailingPage : AccountPage
    {
        public int Loads { get; private set; }

        protected override Task LoadAsync() =>
            ++Loads == 1 ? Task.CompletedTask : throw new InvalidOperationException("reload broke");
    }
}
