using SalesOps.Graph.Model;
using SalesOps.Seed.Training;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The regions of function boxes and the crossing count.</summary>
public sealed class FunctionBoxesTests
{
    [Fact]
    public void Every_function_and_the_people_in_none_get_one_box_over_all_their_cards_and_on_a_laid_out_map_no_box_covers_another()
    {
        var map = GeneratedAccounts.Generate(AccountSize.Large, "en", 3, new DateOnly(2026, 3, 2))[0];
        var positions = MapLayout.Place(map);
        var boxes = MapLayout.FunctionBoxes(map, positions);

        var functions = map.OfKind(NodeKind.Person).Select(p => map.FunctionOf(p.Id) ?? "").Distinct().Order(StringComparer.Ordinal);
        boxes.Keys.Order(StringComparer.Ordinal).ShouldBe(functions);
        foreach (var p in map.OfKind(NodeKind.Person))
        {
            var (x, y, w, h) = boxes[map.FunctionOf(p.Id) ?? ""];
            var (px, py) = positions[p.Id];
            (px >= x && py >= y && px + MapLayout.CardWidth <= x + w && py + MapLayout.CardHeight <= y + h).ShouldBeTrue(p.Name);
        }
        var all = boxes.Values.ToList();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                var (a, b) = (all[i], all[j]);
                (a.X + a.Width <= b.X || b.X + b.Width <= a.X || a.Y + a.Height <= b.Y || b.Y + b.Height <= a.Y).ShouldBeTrue($"{a} and {b}");
            }
        }
    }

    [Fact]
    public void A_small_function_gets_a_readable_box_centred_on_its_cards()
    {
        var map = LayoutMaps.TwoTeams();
        var positions = new Dictionary<string, (double X, double Y)>
        {
            ["p-boss-a"] = (0, 0), ["p-a1"] = (400, 0), ["p-a2"] = (0, 200), ["p-a3"] = (400, 200),
            ["p-boss-b"] = (1000, 50), ["p-b1"] = (1000, 50), ["p-b2"] = (1000, 50), ["p-loner"] = (2000, 100),
        };

        var boxes = MapLayout.FunctionBoxes(map, positions);

        // Purchasing's cards span (0, 0)–(600, 290); Engineering's three cards lie on one another: 200×90, grown to 240×120 around its centre.
        boxes["f-a"].ShouldBe((0, 0, 600, 290));
        boxes["f-b"].ShouldBe((980, 35, 240, 120));
        boxes[""].ShouldBe((1980, 85, 240, 120));
        boxes.Keys.ShouldBe(["f-a", "f-b", ""], ignoreOrder: true);
    }

    [Fact]
    public void Two_lines_that_cross_count_once()
    {
        var map = LayoutMaps.FourPeople((EdgeType.INFLUENCES, "a", "b"), (EdgeType.REPORTS_TO, "c", "d"));
        var crossed = new Dictionary<string, (double X, double Y)> { ["a"] = (0, 0), ["b"] = (500, 500), ["c"] = (500, 0), ["d"] = (0, 500) };
        var apart = new Dictionary<string, (double X, double Y)> { ["a"] = (0, 0), ["b"] = (0, 500), ["c"] = (500, 0), ["d"] = (500, 500) };

        LayoutQuality.Crossings(map, crossed).ShouldBe(1);
        LayoutQuality.Crossings(map, apart).ShouldBe(0);
    }

    [Fact]
    public void Lines_that_meet_at_a_card_and_lines_not_drawn_do_not_count()
    {
        var shared = LayoutMaps.FourPeople((EdgeType.INFLUENCES, "a", "b"), (EdgeType.INFLUENCES, "a", "c"));
        var undrawn = LayoutMaps.FourPeople((EdgeType.INFLUENCES, "a", "b"), (EdgeType.WORKS_IN, "c", "d"));
        var at = new Dictionary<string, (double X, double Y)> { ["a"] = (0, 0), ["b"] = (500, 500), ["c"] = (500, 0), ["d"] = (0, 500) };

        LayoutQuality.Crossings(shared, at).ShouldBe(0);
        LayoutQuality.Crossings(undrawn, at).ShouldBe(0);
    }
}
