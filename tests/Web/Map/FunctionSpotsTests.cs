using SalesOps.Graph.Model;
using SalesOps.Seed.Training;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The spots for function boxes (a box ~240×120 per function, top-left corners) and the crossing count.</summary>
public sealed class FunctionSpotsTests
{
    private const double BoxWidth = 240;
    private const double BoxHeight = 120;

    [Fact]
    public void Every_function_and_the_people_in_none_get_one_spot_and_no_two_boxes_overlap()
    {
        var map = GeneratedAccounts.Generate(AccountSize.Mid, "en", 3, new DateOnly(2026, 3, 2))[0];
        var spots = MapLayout.FunctionSpots(map, MapLayout.Place(map));

        var functions = map.OfKind(NodeKind.Person).Select(p => map.FunctionOf(p.Id) ?? "").Distinct().Order(StringComparer.Ordinal);
        spots.Keys.Order(StringComparer.Ordinal).ShouldBe(functions);
        var boxes = spots.Values.ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
                (Math.Abs(boxes[i].X - boxes[j].X) >= BoxWidth || Math.Abs(boxes[i].Y - boxes[j].Y) >= BoxHeight).ShouldBeTrue($"{boxes[i]} and {boxes[j]}");
        }
    }

    [Fact]
    public void A_box_is_centred_on_its_members_and_a_function_on_the_same_spot_moves_aside()
    {
        var map = LayoutMaps.TwoTeams();
        // Both teams and the loner drawn around one point: the biggest group keeps the centre, the others the nearest free place.
        var positions = new Dictionary<string, (double X, double Y)>
        {
            ["p-boss-a"] = (0, 0), ["p-a1"] = (400, 0), ["p-a2"] = (0, 200), ["p-a3"] = (400, 200),
            ["p-boss-b"] = (100, 50), ["p-b1"] = (300, 150), ["p-loner"] = (200, 100),
        };

        var spots = MapLayout.FunctionSpots(map, positions);

        // Purchasing's cards span (0, 0)–(600, 290): centre (300, 145), so its box's corner is (180, 85).
        spots["f-a"].ShouldBe((180, 85));
        spots.Keys.ShouldBe(["f-a", "f-b", ""], ignoreOrder: true);
        foreach (var other in new[] { spots["f-b"], spots[""] })
            (Math.Abs(other.X - 180) >= BoxWidth || Math.Abs(other.Y - 85) >= BoxHeight).ShouldBeTrue(other.ToString());
        Math.Abs(spots["f-b"].X - 180).ShouldBeLessThanOrEqualTo(BoxWidth + 60);
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
