using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Model;

/// <summary>
/// Reporting lines never close a circle, whether the way back climbs a plain chain of managers or forks
/// through a dotted line on the way; and a line that closes none is accepted after the fork.
/// </summary>
public sealed class ReportingLineTests
{
    [Fact]
    public void A_line_that_closes_a_circle_up_a_plain_chain_is_refused()
    {
        // Ana ← Bea ← Carl ← Dan (each reports to the one before); Ana reporting to Dan would close the circle.
        var map = Chain();

        var error = Should.Throw<GraphException>(() => Report(map, "p-ana", "p-dan", dotted: true));

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, "to"));
        error.Message.ShouldContain("'Ana' cannot report to 'Dan'");
    }

    [Fact]
    public void A_line_that_closes_a_circle_behind_a_dotted_line_is_refused()
    {
        // Dan also has a dotted line to Eva, who reports to Fay: the way up from Dan forks at Dan.
        var map = Chain();
        map = Person(Person(map, "p-eva", "Eva"), "p-fay", "Fay");
        map = map.With(Report(map, "p-eva", "p-fay"));
        map = map.With(Report(map, "p-dan", "p-eva", dotted: true));

        var error = Should.Throw<GraphException>(() => Report(map, "p-fay", "p-dan"));
        var fine = Report(map, "p-gil", "p-dan", add: true);

        error.Message.ShouldContain("'Fay' cannot report to 'Dan'");
        fine.ShouldHaveSingleItem();
    }

    [Fact]
    public void Only_a_person_someone_reports_to_can_close_a_circle_and_a_dotted_line_counts()
    {
        // Bea has a dotted line to Ana: Ana reporting to Bea would close a circle of two. Eva, whom nobody
        // reports to, may report to anyone (the walk up is skipped for her).
        var map = AccountMap.Empty("acc-lines");
        foreach (var name in (string[])["Ana", "Bea", "Eva"]) map = Person(map, "p-" + name.ToLowerInvariant(), name);
        map = map.With(Report(map, "p-bea", "p-ana", dotted: true));

        map.HasReports("p-ana").ShouldBeTrue();
        map.HasReports("p-eva").ShouldBeFalse();
        Should.Throw<GraphException>(() => Report(map, "p-ana", "p-bea")).Message.ShouldContain("'Ana' cannot report to 'Bea'");
        Report(map, "p-eva", "p-bea").ShouldHaveSingleItem();
    }

    private static AccountMap Chain()
    {
        var map = AccountMap.Empty("acc-lines");
        foreach (var name in (string[])["Ana", "Bea", "Carl", "Dan"]) map = Person(map, "p-" + name.ToLowerInvariant(), name);
        map = map.With(Report(map, "p-bea", "p-ana"));
        map = map.With(Report(map, "p-carl", "p-bea"));
        return map.With(Report(map, "p-dan", "p-carl"));
    }

    private static AccountMap Person(AccountMap map, string id, string name) =>
        map.With(NodeRules.Add(map, new NodeDraft { Id = id, Kind = NodeKind.Person, Name = name }));

    private static IReadOnlyList<MapOp> Report(AccountMap map, string from, string to, bool dotted = false, bool add = false)
    {
        if (add) map = Person(map, from, "Gil");
        return EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.REPORTS_TO, From = from, To = to, Dotted = dotted });
    }
}
