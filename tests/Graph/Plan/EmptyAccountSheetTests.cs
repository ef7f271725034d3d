using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

/// <summary>Before its ten answers, the sheet says what the map lacks to give them at all.</summary>
public sealed class EmptyAccountSheetTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static AccountSheet Sheet(params Node[] nodes) => AccountSheet.Build(new AccountMap(new Account { Id = "x", Name = "X" }, nodes, []), Today, Words.Text);

    [Fact]
    public void An_empty_map_is_the_first_thing_the_sheet_says()
    {
        Sheet().Missing.ShouldHaveSingleItem().ShouldStartWith("The map is empty: nobody of the customer and nobody of ours is on it yet");
    }

    [Fact]
    public void People_without_a_buying_center_or_anyone_of_ours_are_said_and_a_full_map_says_nothing()
    {
        var uma = new Node { Id = "uma", Kind = NodeKind.Person, Name = "Uma Sol" };
        var maria = new Node { Id = "maria", Kind = NodeKind.Person, Name = "María Vidal", Roles = [BuyingRole.DecisionMaker] };
        var ana = new Node { Id = "ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz" };

        Sheet(uma).Missing.ShouldBe([MapBasis.Sentence(Words.Text, MissingBasis.NoBuyingCenter), MapBasis.Sentence(Words.Text, MissingBasis.NoTeam)]);
        Sheet(ana).Missing.ShouldBe([MapBasis.Sentence(Words.Text, MissingBasis.NoCustomerPeople)]);
        Sheet(maria, ana).Missing.ShouldBeEmpty();
    }
}
