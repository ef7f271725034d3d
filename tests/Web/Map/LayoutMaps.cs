using SalesOps.Graph.Model;

namespace SalesOps.Tests.Web.Map;

/// <summary>Small hand-made maps for the layout's tests.</summary>
internal static class LayoutMaps
{
    /// <summary>
    /// Two teams (Purchasing: a boss and three people; Engineering: a boss and two), a person in no function,
    /// one of ours talking with the Engineering team and two of ours talking with nobody.
    /// </summary>
    public static AccountMap TwoTeams()
    {
        Node Person(string id, Level level) => new() { Id = id, Kind = NodeKind.Person, Name = id, Level = level };
        Node[] nodes =
        [
            new() { Id = "f-a", Kind = NodeKind.Function, Name = "Purchasing" },
            new() { Id = "f-b", Kind = NodeKind.Function, Name = "Engineering" },
            Person("p-boss-a", Level.Director), Person("p-a1", Level.Specialist), Person("p-a2", Level.Specialist), Person("p-a3", Level.Specialist),
            Person("p-boss-b", Level.Director), Person("p-b1", Level.Specialist), Person("p-b2", Level.Specialist),
            Person("p-loner", Level.Manager),
            new() { Id = "c-talker", Kind = NodeKind.Counterpart, Name = "Talker", Level = Level.Manager },
            new() { Id = "c-lone-1", Kind = NodeKind.Counterpart, Name = "Lone one", Level = Level.Manager },
            new() { Id = "c-lone-2", Kind = NodeKind.Counterpart, Name = "Lone two", Level = Level.Specialist },
        ];
        var edges = new List<Edge>();
        void Add(EdgeType type, string from, string to) => edges.Add(new Edge { Id = $"e{edges.Count}", Type = type, From = from, To = to });
        foreach (var p in new[] { "p-boss-a", "p-a1", "p-a2", "p-a3" }) Add(EdgeType.WORKS_IN, p, "f-a");
        foreach (var p in new[] { "p-boss-b", "p-b1", "p-b2" }) Add(EdgeType.WORKS_IN, p, "f-b");
        foreach (var p in new[] { "p-a1", "p-a2", "p-a3" }) Add(EdgeType.REPORTS_TO, p, "p-boss-a");
        foreach (var p in new[] { "p-b1", "p-b2" }) Add(EdgeType.REPORTS_TO, p, "p-boss-b");
        Add(EdgeType.INFLUENCES, "p-a1", "p-boss-b");
        Add(EdgeType.TALKS_WITH, "c-talker", "p-b1");
        Add(EdgeType.TALKS_WITH, "c-talker", "p-b2");
        return new AccountMap(new Account { Id = "acc-layout", Name = "Layout Test GmbH" }, nodes, edges);
    }

    /// <summary>Four people with two lines: a→b and c→d, drawn where the test puts them.</summary>
    public static AccountMap FourPeople(params (EdgeType Type, string From, string To)[] lines) => new(
        new Account { Id = "acc-lines", Name = "Lines" },
        [.. new[] { "a", "b", "c", "d" }.Select(id => new Node { Id = id, Kind = NodeKind.Person, Name = id })],
        [.. lines.Select((l, i) => new Edge { Id = $"e{i}", Type = l.Type, From = l.From, To = l.To })]);
}
