using Microsoft.Extensions.DependencyInjection;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Plan;

public sealed class PlanApiTests : AppTest
{
    /// <summary>A clock stopped at a known day, so "overdue" is a fact of the test, not of today.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Fact]
    public async Task The_matrix_marks_peer_fit_and_my_relationships_flag_the_overdue_ones_across_accounts()
    {
        using var app = new AppFactory(Dir.Path, seed: false)
        {
            ConfigureTestServices = s => s.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero))),
        };
        app.Start();
        var api = new ApiClient(app.CreateClient());
        var first = await api.CreateAccountAsync("First AG");
        var cfo = await api.AddNodeAsync(first, new { kind = "Person", name = "María Vidal", level = "Executive", roles = new[] { "DecisionMaker" } });
        var ana = await api.AddNodeAsync(first, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        await api.ConnectAsync(first, new { type = "TALKS_WITH", from = ana, to = cfo, lastContact = "2026-10-01", cadenceDays = 30 });
        var second = await api.CreateAccountAsync("Second SA");
        var buyer = await api.AddNodeAsync(second, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var ana2 = await api.AddNodeAsync(second, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        await api.ConnectAsync(second, new { type = "TALKS_WITH", from = ana2, to = buyer, lastContact = "2026-11-20", cadenceDays = 14 });

        var matrix = await api.GetAsync($"/api/accounts/{first}/matrix");
        var mine = (await api.GetAsync("/api/relationships?counterpart=Ana%20Ruiz")).AsArray();

        var cell = matrix["cells"]!.AsArray().Single()!;
        ((string)cell["fit"]!, (string)cell["due"]!).ShouldBe(("Mismatch", "2026-10-31"));
        matrix["suggestions"]!.AsArray().ShouldBeEmpty(); // nobody of ours is at the CFO's level
        mine.Select(r => ((string)r!["accountId"]!, (string)r["due"]!, (bool)r["overdue"]!)).ShouldBe([(first, "2026-10-31", true), (second, "2026-12-04", false)]);
    }
}
