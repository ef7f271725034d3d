using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The card grid our cards are placed on: which lines run behind which cards, and the gap it can keep.</summary>
public sealed class CardGridTests
{
    [Fact]
    public void A_line_between_two_cards_runs_behind_a_card_in_its_way_and_not_behind_one_beside_it()
    {
        var (top, middle, bottom, beside) = ((0.0, 0.0), (0.0, 200.0), (0.0, 400.0), (300.0, 200.0));
        var grid = new CardGrid([top, middle, bottom, beside]);

        grid.Behind(top, bottom).ShouldBe(1);      // through the middle card
        grid.Behind(top, middle).ShouldBe(0);      // its own ends do not count
        grid.Behind(beside, (300.0, 600.0)).ShouldBe(0);
        grid.Covers(middle, top, bottom).ShouldBeTrue();
        grid.Covers(beside, top, bottom).ShouldBeFalse();
    }

    [Fact]
    public void A_gap_wider_than_a_cell_can_hold_is_refused()
    {
        var grid = new CardGrid([(0.0, 0.0)]);
        Should.Throw<ArgumentOutOfRangeException>(() => grid.Free(500, 500, CardGrid.MaxMargin + 1));
    }
}
