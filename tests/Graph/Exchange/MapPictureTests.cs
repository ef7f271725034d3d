using System.Xml.Linq;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SkiaSharp;
using static SalesOps.Tests.Graph.Exchange.ExchangeData;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>Map pictures: the SVG is XML showing every card's name with the caption and legend; the PNG has the requested size and is not blank.</summary>
public class MapPictureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateOnly Day = new(2026, 11, 29);

    /// <summary>The Salesforce import (reporting tree, functions, a decision maker) plus one of ours with a long name who talks with Luis.</summary>
    private static AccountMap Map()
    {
        var map = Import(Vidal(), Fixture("salesforce-contacts-and-accounts.csv"));
        var luis = map.OfKind(NodeKind.Person).Single(p => p.Name == "Luis Gómez").Id;
        var ops = NodeRules.Add(map, new NodeDraft { Kind = NodeKind.Counterpart, Id = "c-long", Name = "Maximiliano Fernández-Villaverde", TeamRole = TeamRole.SalesEngineer });
        map = map.With(ops);
        return map.With(EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-long", To = luis, Strength = 4, Status = RelationshipStatus.Planned }));
    }

    private static string[] Texts(string svg) => [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>An edge's stroke: a straight line, or a curve where a straight one would run behind a card.</summary>
    private static XElement Stroke(XElement edge) => edge.Elements().Single(e => e.Name == Svg + "line" || e.Name == Svg + "path");

    /// <summary>The point <paramref name="t"/> of the way along an edge's stroke (the curve's parameter for a bent one).</summary>
    private static (double X, double Y) Along(XElement edge, double t)
    {
        var stroke = Stroke(edge);
        double N(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
        if (stroke.Name == Svg + "line")
        {
            double At(string name) => N(stroke.Attribute(name)!.Value);
            return (At("x1") + (At("x2") - At("x1")) * t, At("y1") + (At("y2") - At("y1")) * t);
        }
        var p = stroke.Attribute("d")!.Value.Split(['M', 'Q', ' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(N).ToArray();
        return LineBend.Along((p[0], p[1]), (p[2], p[3]), (p[4], p[5]), t);
    }

    [Fact]
    public void The_SVG_is_XML_that_shows_every_card_by_name_with_caption_and_legend()
    {
        var map = Map();

        var svg = MapPicture.Svg(map, new MapPictureOptions { Date = Day }, Words.Text);

        var texts = Texts(svg);
        foreach (var card in map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart)) texts.ShouldContain(card.Name);
        texts.ShouldContain("Vidal Packaging S.A.");
        texts.ShouldContain(t => t.Contains("Nov 29, 2026", StringComparison.Ordinal));
        texts.ShouldContain("Whole map · no filters");
        texts.ShouldContain("Legend");
        texts.ShouldContain("−− Detractor".Split(' ')[0]);
        texts.ShouldContain("Decides");
        XDocument.Parse(svg).Root!.Attribute("viewBox")!.Value.ShouldBe("0 0 1920 1080");
    }

    [Fact]
    public void A_reach_path_stands_out_and_the_rest_dims_as_on_screen()
    {
        var map = Map();
        var luis = map.OfKind(NodeKind.Person).Single(p => p.Name == "Luis Gómez").Id;
        var talk = map.Edges.Single(e => e.Type == EdgeType.TALKS_WITH).Id;
        var up = map.Between(EdgeType.REPORTS_TO, luis, "p-maria")!.Id;

        var svg = XDocument.Parse(MapPicture.Svg(map, new MapPictureOptions
        {
            Date = Day, Highlighted = new HashSet<string> { "c-long", luis, "p-maria" }, HighlightedEdges = new HashSet<string> { talk, up },
            Path = "Maximiliano Fernández-Villaverde (sales engineer) talks with Luis Gómez → Luis reports to María Vidal", Filters = ["Stance: any"],
        }, Words.Text));

        var cards = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-node-id") is not null).ToDictionary(g => g.Attribute("data-node-id")!.Value);
        cards["p-maria"].Attribute("opacity").ShouldBeNull();
        cards.Values.Count(c => c.Attribute("opacity")?.Value == "0.25").ShouldBe(cards.Count - 3);
        var edge = svg.Descendants(Svg + "g").Single(g => g.Attribute("data-edge-id")?.Value == talk);
        Stroke(edge).Attribute("stroke")!.Value.ShouldBe(MapLook.PathColour);
        Stroke(edge).Attribute("stroke-dasharray")!.Value.ShouldBe("7 5", "a planned relationship is dashed");
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain(t => t.StartsWith("Reach path: Maximiliano", StringComparison.Ordinal));
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("Whole map · filters: Stance: any");
    }

    [Fact]
    public void The_strongest_way_in_found_by_the_reach_engine_is_drawn_as_the_path()
    {
        var map = Map();
        var luis = map.OfKind(NodeKind.Person).Single(p => p.Name == "Luis Gómez").Id;
        map = map.With(EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-ana", To = luis, Strength = 4 }));
        var path = SalesOps.Graph.Reach.ReachEngine.Find(map, new SalesOps.Graph.Reach.ReachQuery(From: "c-ana"), Words.Text).Paths.Single();

        var options = new MapPictureOptions { Date = Day, Format = PictureFormat.A4Landscape, Filters = ["Stance: any"] }.WithPath(path);
        var svg = XDocument.Parse(MapPicture.Svg(map, options, Words.Text));
        if (Environment.GetEnvironmentVariable("SALESOPS_PICTURES") is { Length: > 0 } folder)
            File.WriteAllBytes(Path.Combine(folder, "map-path.png"), MapPicture.Png(map, options, Words.Text)); // to look at by eye

        var lit = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-edge-id") is { } id && path.Edges.Contains(id.Value)).ToList();
        lit.Count.ShouldBe(path.Edges.Count);
        lit.ShouldAllBe(g => Stroke(g).Attribute("stroke")!.Value == MapLook.PathColour);
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain(t => t.StartsWith("Reach path: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_both_ways_between_two_cards_keep_their_strengths_apart_each_a_third_of_the_way_from_its_start()
    {
        var map = Map();
        var luis = map.OfKind(NodeKind.Person).Single(p => p.Name == "Luis Gómez").Id;
        map = map.With(EdgeRules.Connect(map, new EdgeDraft { Id = "e-up", Type = EdgeType.INFLUENCES, From = luis, To = "p-maria", Strength = 2 }));
        map = map.With(EdgeRules.Connect(map, new EdgeDraft { Id = "e-down", Type = EdgeType.INFLUENCES, From = "p-maria", To = luis, Strength = 5 }));

        var svg = XDocument.Parse(MapPicture.Svg(map, new MapPictureOptions { Date = Day }, Words.Text));

        (double X, double Y) Number(string edge)
        {
            var text = svg.Descendants(Svg + "g").Single(g => g.Attribute("data-edge-id")?.Value == edge).Element(Svg + "text")!;
            return (double.Parse(text.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                    double.Parse(text.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var edge in new[] { "e-up", "e-down" })
        {
            var ((x, y), third) = (Number(edge), Along(svg.Descendants(Svg + "g").Single(g => g.Attribute("data-edge-id")?.Value == edge), 1.0 / 3));
            x.ShouldBe(third.X, 0.05, edge);
            (y - 3.5).ShouldBe(third.Y, 0.05, edge); // the text's baseline sits 3.5 below the box's centre
        }
        var (up, down) = (Number("e-up"), Number("e-down"));
        (Math.Abs(up.X - down.X) >= 16 || Math.Abs(up.Y - down.Y) >= 15).ShouldBeTrue($"the two 16 × 15 boxes overlap: {up} and {down}");
    }

    [Fact]
    public void A_line_past_a_card_in_its_way_is_drawn_bent_around_it_as_on_screen_and_a_big_maps_lines_straight()
    {
        var map = Map();
        var luis = map.OfKind(NodeKind.Person).Single(p => p.Name == "Luis Gómez").Id;
        var up = map.Between(EdgeType.REPORTS_TO, luis, "p-maria")!.Id;
        // Luis two rows under María (saved at 400, 0), one of ours between them: his reporting line would run behind that card.
        var column = new Dictionary<string, (double X, double Y)> { ["c-long"] = (400, 170), [luis] = (400, 340) };

        var svg = XDocument.Parse(MapPicture.Svg(map, new MapPictureOptions { Date = Day, Positions = column }, Words.Text));

        var edge = svg.Descendants(Svg + "g").Single(g => g.Attribute("data-edge-id")?.Value == up);
        Stroke(edge).Name.ShouldBe(Svg + "path");
        Stroke(edge).Attribute("d")!.Value.ShouldContain("Q");
        var between = CardBox.At(400, 170, MapLook.CardWidth, MapLook.CardHeight);
        Enumerable.Range(0, 101).Select(k => Along(edge, k / 100.0))
            .ShouldAllBe(p => !(p.X > between.Left && p.X < between.Right && p.Y > between.Top && p.Y < between.Bottom));

        var big = SalesOps.Seed.Training.GeneratedAccounts.Generate(SalesOps.Seed.Training.AccountSize.Mid, "en", 1, Day)[0];
        big.Nodes.Count(n => n.Kind is NodeKind.Person or NodeKind.Counterpart).ShouldBeGreaterThan(LineBend.MaxCards);
        XDocument.Parse(MapPicture.Svg(big, new MapPictureOptions { Date = Day }, Words.Text)).Descendants(Svg + "g")
            .Where(g => g.Attribute("data-edge-id") is not null).ShouldAllBe(g => Stroke(g).Name == Svg + "line");
    }

    [Fact]
    public void The_current_view_shows_only_the_cards_in_it()
    {
        var map = Maps.Sample();

        var texts = Texts(MapPicture.Svg(map, new MapPictureOptions { Date = Day, View = new MapRegion(0, -40, 240, 150) }, Words.Text));

        texts.ShouldContain("María Vidal");
        texts.ShouldNotContain("Luis Gómez");
        texts.ShouldContain("Current view · no filters");
    }

    [Fact]
    public void Cards_without_a_saved_place_take_the_callers_layout_else_a_grid()
    {
        var map = Maps.Sample();
        string At(MapPictureOptions o, string id) => XDocument.Parse(MapPicture.Svg(map, o, Words.Text)).Descendants(Svg + "g")
            .Single(g => g.Attribute("data-node-id")?.Value == id).Attribute("transform")!.Value;

        At(new MapPictureOptions { Date = Day, Positions = new Dictionary<string, (double, double)> { ["p-luis"] = (640, 170) } }, "p-luis").ShouldBe("translate(640 170)");
        At(new MapPictureOptions { Date = Day }, "p-maria").ShouldBe("translate(10.5 -20)");
        At(new MapPictureOptions { Date = Day }, "p-luis").ShouldBe("translate(250.5 150)", "a grid row under the placed cards, ours first");
    }

    [Theory]
    [InlineData(PictureFormat.Slide16x9, 1920, 1080)]
    [InlineData(PictureFormat.A4Landscape, 1754, 1240)]
    public void The_PNG_has_the_requested_size_and_shows_the_map(PictureFormat format, int width, int height)
    {
        var png = MapPicture.Png(Map(), new MapPictureOptions { Date = Day, Format = format }, Words.Text);
        if (Environment.GetEnvironmentVariable("SALESOPS_PICTURES") is { Length: > 0 } folder)
            File.WriteAllBytes(Path.Combine(folder, $"map-{format}.png"), png); // to look at by eye

        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((width, height));
        var pixels = bitmap.Pixels;
        var inked = pixels.Count(p => p.Red < 235 || p.Green < 235 || p.Blue < 235);
        inked.ShouldBeGreaterThan(pixels.Length / 100, "more than 1 % of the picture is drawn");
        // Our dark cards, a detractor-free map's skeptic orange is absent, but the champion green of the legend is there.
        pixels.ShouldContain(p => Near(p, 0x17, 0x32, 0x4d), "our cards' colour");
        pixels.ShouldContain(p => Near(p, 0x1b, 0x7f, 0x3b), "the champion swatch of the legend");
    }

    [Fact]
    public void The_A3_SVG_is_sized_for_print()
    {
        var root = XDocument.Parse(MapPicture.Svg(Maps.Sample(), new MapPictureOptions { Date = Day, Format = PictureFormat.A3Landscape }, Words.Text)).Root!;

        (root.Attribute("width")!.Value, root.Attribute("height")!.Value, root.Attribute("viewBox")!.Value).ShouldBe(("420mm", "297mm", "0 0 2480 1754"));
    }

    private static bool Near(SKColor p, byte r, byte g, byte b) => Math.Abs(p.Red - r) < 6 && Math.Abs(p.Green - g) < 6 && Math.Abs(p.Blue - b) < 6;
}
