using SalesOps.Graph.Exchange;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>Lines that would run behind a card bend around it, the least that clears every card; otherwise they stay straight.</summary>
public class LineBendTests
{
    private static CardBox Card(double x, double y) => CardBox.At(x, y, 200, 90);

    /// <summary>Points along the curve as drawn: from where it leaves one card, through the control point, to where it meets the other.</summary>
    private static List<(double X, double Y)> Drawn(CardBox from, CardBox to, (double X, double Y) control) =>
        [.. Enumerable.Range(0, 201).Select(k => LineBend.Along(LineBend.Exit(from, control), control, LineBend.Exit(to, control), k / 200.0))];

    private static bool Behind(IEnumerable<(double X, double Y)> points, CardBox card) =>
        points.Any(p => p.X > card.Left && p.X < card.Right && p.Y > card.Top && p.Y < card.Bottom);

    [Fact]
    public void A_line_with_no_card_in_its_way_stays_straight()
    {
        LineBend.Around(Card(0, 0), Card(600, 0), [Card(300, 200), Card(-300, 0)]).ShouldBeNull();
    }

    [Fact]
    public void A_reporting_line_that_skips_a_card_of_its_column_bends_into_the_gap_beside_it_and_behind_no_card()
    {
        // Three rows of a reporting tree, columns a slot (240) apart: the bottom card reports to the top one past the middle.
        var (top, middle, bottom) = (Card(0, 0), Card(0, 170), Card(0, 340));
        CardBox[] others = [middle, Card(-240, 0), Card(-240, 170), Card(-240, 340), Card(240, 0), Card(240, 170), Card(240, 340)];

        var control = LineBend.Around(bottom, top, others);

        control.ShouldNotBeNull("the straight line runs behind the middle card");
        var points = Drawn(bottom, top, control.Value);
        others.ShouldAllBe(card => !Behind(points, card));
        points.Max(p => Math.Abs(p.X - 100)).ShouldBeGreaterThan(100, "it passes beside the middle card");
        points.Max(p => Math.Abs(p.X - 100)).ShouldBeLessThan(140, "and stays in the gap before the next column");
    }

    [Fact]
    public void It_bends_away_from_the_card_in_its_way_and_a_bigger_card_in_the_way_takes_a_bigger_bend()
    {
        var (from, to) = (Card(0, 0), Card(800, 0)); // the straight line runs at y = 45
        var grazed = LineBend.Around(from, to, [CardBox.At(300, 40, 200, 90)]);
        var blocked = LineBend.Around(from, to, [CardBox.At(300, -30, 200, 150)]); // 75 above and below the line

        grazed.ShouldNotBeNull();
        blocked.ShouldNotBeNull();
        grazed.Value.Y.ShouldBeLessThan(45, "the card reaches down from y = 40: the line goes over it");
        Math.Abs(45 - blocked.Value.Y).ShouldBeGreaterThan(Math.Abs(45 - grazed.Value.Y));
        Behind(Drawn(from, to, blocked.Value), CardBox.At(300, -30, 200, 150)).ShouldBeFalse();
        Behind(Drawn(from, to, grazed.Value), CardBox.At(300, 40, 200, 90)).ShouldBeFalse();
    }

    [Fact]
    public void Behind_a_wall_of_cards_no_bend_clears_so_the_line_stays_straight()
    {
        var wall = Enumerable.Range(-12, 25).Select(i => Card(i * 200, 340)).ToList(); // side by side, no gap to pass through

        LineBend.Around(Card(0, 0), Card(0, 680), wall).ShouldBeNull();
    }

    [Fact]
    public void A_long_line_swings_out_no_further_than_a_cards_width_and_otherwise_stays_straight()
    {
        var (from, to) = (Card(0, 0), Card(2000, 0)); // the straight line runs at y = 45
        var tall = CardBox.At(900, -250, 200, 590);   // 295 above and below it
        var lower = CardBox.At(900, -100, 200, 290);  // 145 above it

        LineBend.Around(from, to, [tall]).ShouldBeNull("clearing it would take a swing of 300");
        var over = LineBend.Around(from, to, [lower]);
        over.ShouldNotBeNull();
        Drawn(from, to, over.Value).Min(p => p.Y).ShouldBeGreaterThan(45 - 200.0 - 1);
    }

    [Fact]
    public void The_same_cards_in_any_order_give_the_same_bend()
    {
        var (from, to) = (Card(0, 0), Card(0, 340));
        CardBox[] others = [Card(0, 170), Card(240, 170), Card(-240, 170), Card(240, 0)];

        var once = LineBend.Around(from, to, others);
        once.ShouldNotBeNull();
        LineBend.Around(from, to, others.Reverse()).ShouldBe(once);
    }
}
