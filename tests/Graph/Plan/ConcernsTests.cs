using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Tests.Graph.Plan;

public sealed class ConcernsTests
{
    private static AccountMap Map() => new(
        new Account { Id = "acc", Name = "Acc" },
        [
            new() { Id = "p", Kind = NodeKind.Person, Name = "Luis Gómez", Stance = Stance.Skeptic },
            new() { Id = "c", Kind = NodeKind.Counterpart, Name = "Ana Ruiz" },
            new() { Id = "a", Kind = NodeKind.Argument, Name = "Total cost of ownership", Topic = "Price", Text = "Over five years we cost 12% less." },
        ],
        []);

    private static AccountMap After(AccountMap map, IReadOnlyList<MapOp> ops) => map.Apply(new Commit("acc", map.Version + 1, ops));

    [Fact]
    public void A_raised_concern_answered_twice_keeps_one_answer_with_the_latest_result()
    {
        var map = Map();
        map = After(map, Concerns.Raise(map, "p", "Our price is 10% above the benchmark", "Price", new DateOnly(2026, 10, 1)));
        var concern = map.OfKind(NodeKind.Concern).Single();

        map = After(map, Concerns.Answer(map, "a", concern.Id, ArgumentResult.Pending, new DateOnly(2026, 10, 5)));
        map = After(map, Concerns.Answer(map, "a", concern.Id, ArgumentResult.PartlyConvinced, new DateOnly(2026, 11, 2)));

        var view = Concerns.Of(map, "p").Single();
        (view.Concern.Name, view.Concern.Topic, view.RaisedBy.Id).ShouldBe(("Our price is 10% above the benchmark", "Price", "p"));
        var (argument, answer) = view.Answers.Single();
        (argument.Id, answer.Result, answer.Date).ShouldBe(("a", ArgumentResult.PartlyConvinced, new DateOnly(2026, 11, 2)));
    }

    [Fact]
    public void Only_the_customers_people_raise_concerns_and_only_arguments_answer_them()
    {
        var map = Map();
        Should.Throw<GraphException>(() => Concerns.Raise(map, "c", "x", null, null)).Field.ShouldBe("personId");
        map = After(map, Concerns.Raise(map, "p", "Worried about downtime", "Migration", null));
        var concern = map.OfKind(NodeKind.Concern).Single().Id;

        Should.Throw<GraphException>(() => Concerns.Answer(map, "p", concern, ArgumentResult.Convinced, null)).Message.ShouldContain("from an Argument");
    }
}
