using Blazor.Diagrams.Core.Geometry;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The map page's lines bend around the cards in their way (LineBend), while the map is small enough to draw every card.</summary>
public sealed class BentLinesTests
{
    /// <summary>Sample's María and Luis a column apart, Ana between them: Luis's reporting line would run behind her card.</summary>
    private static AccountMap Column()
    {
        var sample = Maps.Sample();
        return sample with
        {
            Nodes = [.. sample.Nodes.Select(n => n.Id switch
            {
                "p-maria" => n with { X = 0, Y = 0 },
                "c-ana" => n with { X = 0, Y = 170 },
                "p-luis" => n with { X = 0, Y = 340 },
                _ => n,
            })],
        };
    }

    /// <summary>The same map (the same cards and lines, as a change to the map keeps what it does not touch) with more people far to the right.</summary>
    private static AccountMap Grown(AccountMap map, int more) => map with
    {
        Nodes = [.. map.Nodes, .. Enumerable.Range(0, more).Select(i => new Node
        {
            Id = $"p-extra-{i}", Kind = NodeKind.Person, Name = $"Extra {i}", Level = Level.Specialist, X = 1000 + i % 10 * 240, Y = i / 10 * 170,
        })],
    };

    private static MapLinkModel Reporting(MapDiagram view) => view.Diagram.Links.OfType<MapLinkModel>().Single(l => l.Id == "e-reports");

    /// <summary>The map as a browser has drawn it: every card measured (a line meets a card at its edge, so it needs the card's size).</summary>
    private static MapDiagram Open(AccountMap map)
    {
        var view = new MapDiagram(map);
        view.Diagram.SetContainer(new Rectangle(0, 0, 1200, 800));
        Measure(view);
        return view;
    }

    private static void Measure(MapDiagram view)
    {
        foreach (var card in view.Diagram.Nodes.OfType<MapNodeModel>().Where(n => n.Size is null)) card.Size = new Size(MapLayout.CardWidth, MapLayout.CardHeight);
        foreach (var line in view.Diagram.Links) line.Refresh();
    }

    [Fact]
    public void A_line_past_a_card_bends_around_it_and_straightens_when_the_map_grows_past_the_limit()
    {
        var map = Column();
        var view = Open(map);
        var line = Reporting(view);

        line.Bend.ShouldNotBeNull("Ana's card stands in the way");
        line.PathGeneratorResult!.FullPath.ToString().ShouldContain("Q");

        view.Update(Grown(map, LineBend.MaxCards));

        view.IsBig.ShouldBeTrue();
        Reporting(view).Bend.ShouldBeNull("a big map's lines are straight");
        Reporting(view).PathGeneratorResult!.FullPath.ToString().ShouldNotContain("Q");
    }

    [Fact]
    public void A_card_moved_out_of_the_way_by_a_change_of_the_map_straightens_the_line()
    {
        var map = Column();
        var view = Open(map);
        Reporting(view).Bend.ShouldNotBeNull();

        view.Update(map with { Nodes = [.. map.Nodes.Select(n => n.Id == "c-ana" ? n with { X = 600 } : n)] });

        Reporting(view).Bend.ShouldBeNull("nothing stands between María and Luis now");
    }
}
