using SalesOps.Graph.Model;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Live;

/// <summary>The forwarder's rules without a server: version order, the catch-up log, summaries.</summary>
public sealed class LiveOrderingTests
{
    private static readonly TimeSpan HoldBack = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void Commits_that_arrive_early_wait_for_the_missing_version_and_then_go_out_in_order()
    {
        var order = new VersionOrder(HoldBack);

        order.Accept(M(5), 0).Select(c => c.Version).ShouldBe([5]);
        order.Accept(M(7), 1).ShouldBeEmpty();
        order.Accept(M(8), 2).ShouldBeEmpty();
        order.NextDueInMs(10).ShouldBe(241); // waiting since 7 came at 1

        order.Accept(M(6), 20).Select(c => c.Version).ShouldBe([6, 7, 8]);
        order.NextDueInMs(20).ShouldBeNull();
    }

    [Fact]
    public void A_version_that_never_comes_holds_the_others_back_only_briefly()
    {
        var order = new VersionOrder(HoldBack);
        order.Accept(M(1), 0);
        order.Accept(M(3), 100);
        order.Accept(M(4), 150);

        order.Expire(300).ShouldBeEmpty();
        order.Expire(350).Select(c => c.Version).ShouldBe([3, 4]);
        order.Accept(M(5), 400).Select(c => c.Version).ShouldBe([5]);
        // Late after all: handed on, the caller decides (the log says whether it is a duplicate).
        order.Accept(M(2), 500).Select(c => c.Version).ShouldBe([2]);
    }

    [Fact]
    public void Accounts_are_ordered_independently()
    {
        var order = new VersionOrder(HoldBack);
        order.Accept(M(1, "a"), 0);
        order.Accept(M(1, "b"), 0);

        order.Accept(M(3, "a"), 1).ShouldBeEmpty();
        order.Accept(M(2, "b"), 1).Select(c => c.Version).ShouldBe([2]);
    }

    [Fact]
    public void The_change_log_answers_a_contiguous_run_or_null()
    {
        var log = new ChangeLog(capacity: 3);
        foreach (var v in new long[] { 2, 3, 4, 5 }) log.Add(M(v)).ShouldBeTrue();
        log.Add(M(5)).ShouldBeFalse();

        log.Since("a", 2, current: 5)!.Select(m => m.Version).ShouldBe([3, 4, 5]);
        log.Since("a", 4, current: 6)!.Select(m => m.Version).ShouldBe([5]); // 6 is still on its way
        log.Since("a", 5, current: 5)!.ShouldBeEmpty();
        log.Since("a", 1, current: 5).ShouldBeNull(); // 2 fell out of the buffer
        log.Since("other", 1, current: 2).ShouldBeNull();
        log.Forget("a");
        log.Since("a", 4, current: 5).ShouldBeNull();
    }

    [Fact]
    public void The_change_log_forgets_the_least_recently_changed_account_first()
    {
        var log = new ChangeLog(capacity: 10, maxAccounts: 2);
        log.Add(M(2, "a"));
        log.Add(M(2, "b"));
        log.Add(M(3, "a"));

        log.Add(M(2, "c"));

        log.Since("b", 1, current: 2).ShouldBeNull();
        log.Since("a", 1, current: 3)!.Count.ShouldBe(2);
        log.Since("c", 1, current: 2)!.Count.ShouldBe(1);
    }

    [Fact]
    public void Summaries_say_what_happened()
    {
        MapChanged.Summarise([new RemoveEdge("e1"), new RemoveEdge("e2"), new RemoveNode("n")]).ShouldBe("2 edges removed, node removed");
        MapChanged.Summarise([new PutAccount(new Account { Id = "a", Name = "A" })]).ShouldBe("account put");
    }

    private static MapChanged M(long version, string account = "a") => new(account, version, new MapChange("node put", []));
}
