using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.History;

namespace SalesOps.Tests.Web.Widgets;

/// <summary>The accounts list's one line of news: overdue relationships say how many are the reader's only when some are.</summary>
public sealed class VisitSummaryTests : BunitContext
{
    public VisitSummaryTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private static readonly Node Ours = new() { Id = "p-ours", Kind = NodeKind.Counterpart, Name = "Mara Feest" };
    private static readonly Node Theirs = new() { Id = "p-theirs", Kind = NodeKind.Person, Name = "Elsie O'Kon" };

    private string Overdue(params bool[] mine)
    {
        var activity = new AccountActivity
        {
            Map = new AccountMap(new Account { Id = "acc-a", Name = "Acme" }, [Ours, Theirs], []),
            Overdue = [.. mine.Select((m, i) => new OverdueContact(Ours, Theirs,
                new Edge { Id = $"e-{i}", Type = EdgeType.TALKS_WITH, From = Ours.Id, To = Theirs.Id }, new DateOnly(2026, 11, 1), m))],
        };
        return Render<VisitSummary>(p => p.Add(c => c.Activity, activity)).Find(".overdue").TextContent;
    }

    [Fact]
    public void Overdue_relationships_none_of_them_the_readers_are_counted_without_a_count_of_hers()
        => Overdue(false).ShouldBe("1 overdue");

    [Fact]
    public void Overdue_relationships_some_of_them_the_readers_say_how_many_are_hers()
        => Overdue(true, false).ShouldBe("2 overdue (1 yours)");
}
