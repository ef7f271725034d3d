using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Live;

/// <summary>The catch-up log is bounded by bytes as well as by count: big commits cannot fill the memory.</summary>
public sealed class ChangeLogBudgetTests
{
    // One megabyte of summary, shared by every message: the log counts it per message (as JSON), the test's memory once.
    private static readonly string Megabyte = new('x', 1024 * 1024);

    [Fact]
    public void A_run_of_big_commits_keeps_only_the_newest_that_fit_the_byte_budget()
    {
        var log = new ChangeLog(); // the defaults the app runs with: 500 per account, 64 MiB

        for (long v = 2; v <= 101; v++) log.Add(Big(v, "a")).ShouldBeTrue();

        log.Since("a", 1, current: 101).ShouldBeNull(); // the oldest were dropped: reload
        log.Since("a", 91, current: 101)!.Select(m => m.Version).ShouldBe(Enumerable.Range(92, 10).Select(v => (long)v));
        log.Bytes.ShouldBeLessThanOrEqualTo(ChangeLog.DefaultMaxBytes);
        log.Bytes.ShouldBeGreaterThan(ChangeLog.DefaultMaxBytes - (2 * Megabyte.Length));
    }

    [Fact]
    public void The_least_recently_changed_account_gives_up_its_messages_first_and_a_message_past_the_budget_is_not_kept()
    {
        var log = new ChangeLog(capacity: 100, maxAccounts: 10, maxBytes: 3 * Megabyte.Length + 3000);
        log.Add(Big(2, "quiet"));
        log.Add(Big(2, "busy"));
        log.Add(Big(3, "busy"));

        log.Add(Big(4, "busy"));

        log.Since("quiet", 1, current: 2).ShouldBeNull();
        log.Since("busy", 1, current: 4)!.Count.ShouldBe(3);
        log.Add(new MapChanged("busy", 5, new MapChange(Megabyte + Megabyte + Megabyte + Megabyte, []))).ShouldBeTrue(); // still sent live
        log.Since("busy", 1, current: 5)!.Count.ShouldBe(3);
    }

    private static MapChanged Big(long version, string account) => new(account, version, new MapChange(Megabyte, []));
}
