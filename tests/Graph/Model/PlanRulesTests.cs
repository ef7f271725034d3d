using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Model;

/// <summary>The account-plan rules: meetings, concerns, arguments, ATTENDED/RAISED/ANSWERS and the position history.</summary>
public sealed class PlanRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private static AccountMap Plan() => Maps.SamplePlan();

    private static Node Added(AccountMap map, NodeDraft draft) => NodeRules.Add(map, draft).OfType<PutNode>().Single().Node;

    private static Edge Connected(AccountMap map, EdgeDraft draft) => EdgeRules.Connect(map, draft).OfType<PutEdge>().Single().Edge;

    private static GraphException Refused(Action rule)
    {
        var error = Should.Throw<GraphException>(rule);
        error.Error.ShouldBe(GraphError.Invalid);
        return error;
    }

    [Fact]
    public void A_meeting_needs_a_date()
    {
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Meeting, Name = "Kick-off" })).Field.ShouldBe("date");

        var meeting = Added(Plan(), new NodeDraft { Kind = NodeKind.Meeting, Name = "Kick-off", Date = Day, Method = MeetingMethod.Call, Held = true, Outcome = " Go ahead " });

        (meeting.Date, meeting.Method, meeting.Held, meeting.Outcome).ShouldBe((Day, MeetingMethod.Call, true, "Go ahead"));
    }

    [Fact]
    public void Method_outcome_next_steps_and_held_belong_to_meetings_only()
    {
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Person, Name = "Ida", Method = MeetingMethod.Video })).Field.ShouldBe("method");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Concern, Name = "Price", Outcome = "Solved" })).Field.ShouldBe("outcome");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Argument, Name = "TCO", NextSteps = "Call" })).Field.ShouldBe("nextSteps");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Concern, Name = "Price", Held = true })).Field.ShouldBe("held");
        Refused(() => NodeRules.Update(Plan(), "k-downtime", new NodePatch { Method = MeetingMethod.OnSite })).Field.ShouldBe("method");
        Refused(() => NodeRules.Update(Plan(), "a-pilot", new NodePatch { Outcome = "Convinced" })).Field.ShouldBe("outcome");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Meeting, Name = "Kick-off", Date = Day, Method = (MeetingMethod)42 })).Field.ShouldBe("method");
    }

    [Fact]
    public void Text_is_for_arguments_dates_for_meetings_and_concerns_documents_for_meetings_and_arguments()
    {
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Concern, Name = "Price", Text = "Because" })).Field.ShouldBe("text");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Argument, Name = "TCO", Date = Day })).Field.ShouldBe("date");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Person, Name = "Ida", Topic = "Price" })).Field.ShouldBe("topic");
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Concern, Name = "Price", Documents = [new("Deck", "https://example.com")] })).Field.ShouldBe("documents");

        var concern = Added(Plan(), new NodeDraft { Kind = NodeKind.Concern, Name = "Price", Date = Day, Topic = "Commercials" });
        (concern.Date, concern.Topic).ShouldBe((Day, "Commercials"));
    }

    [Theory]
    [InlineData("ftp://example.com/deck.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.com/deck.pdf")]
    [InlineData("")]
    public void Documents_need_http_or_https_links(string url)
    {
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Argument, Name = "TCO", Documents = [new("Deck", url)] })).Field.ShouldBe("documents");
    }

    [Fact]
    public void Documents_are_kept_trimmed_in_order_and_need_a_title()
    {
        var argument = Added(Plan(), new NodeDraft { Kind = NodeKind.Argument, Name = "TCO", Documents = [new(" Deck ", " https://example.com/deck.pdf "), new("Sheet", "http://intranet.example/tco.xlsx")] });

        argument.Documents.ShouldBe([new DocumentLink("Deck", "https://example.com/deck.pdf"), new DocumentLink("Sheet", "http://intranet.example/tco.xlsx")]);
        Refused(() => NodeRules.Add(Plan(), new NodeDraft { Kind = NodeKind.Argument, Name = "TCO", Documents = [new(" ", "https://example.com")] }));
    }

    [Fact]
    public void Attended_goes_from_a_person_or_a_counterpart_to_a_meeting()
    {
        Connected(Plan(), new EdgeDraft { Type = EdgeType.ATTENDED, From = "p-eva", To = "m-kickoff" }).ShouldSatisfyAllConditions(
            e => e.Strength.ShouldBeNull(), e => e.Status.ShouldBeNull(), e => e.Result.ShouldBeNull());
        Connected(Plan() with { Edges = [] }, new EdgeDraft { Type = EdgeType.ATTENDED, From = "c-tom", To = "m-kickoff" }).Type.ShouldBe(EdgeType.ATTENDED);

        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.ATTENDED, From = "p-eva", To = "k-downtime" })).Field.ShouldBe("type");
        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.ATTENDED, From = "a-pilot", To = "m-kickoff" })).Field.ShouldBe("type");
        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.ATTENDED, From = "m-kickoff", To = "p-eva" })).Field.ShouldBe("type");
        Should.Throw<GraphException>(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.ATTENDED, From = "c-tom", To = "m-kickoff" })).Error.ShouldBe(GraphError.Conflict);
    }

    [Fact]
    public void Raised_goes_from_a_person_to_a_concern_only()
    {
        Connected(Plan(), new EdgeDraft { Type = EdgeType.RAISED, From = "p-eva", To = "k-downtime" }).Strength.ShouldBeNull();

        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.RAISED, From = "c-tom", To = "k-downtime" })).Field.ShouldBe("type");
        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.RAISED, From = "p-eva", To = "m-kickoff" })).Field.ShouldBe("type");
        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.RAISED, From = "a-pilot", To = "k-downtime" })).Field.ShouldBe("type");
    }

    [Fact]
    public void Answers_goes_from_an_argument_to_a_concern_with_a_pending_result_by_default()
    {
        var map = Plan() with { Edges = [] };

        var answer = Connected(map, new EdgeDraft { Type = EdgeType.ANSWERS, From = "a-pilot", To = "k-downtime" });
        var dated = Connected(map, new EdgeDraft { Type = EdgeType.ANSWERS, From = "a-pilot", To = "k-downtime", Result = ArgumentResult.NotConvinced, Date = Day });

        (answer.Result, answer.Date, answer.Strength).ShouldBe((ArgumentResult.Pending, null, null));
        (dated.Result, dated.Date).ShouldBe((ArgumentResult.NotConvinced, Day));
        Refused(() => EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.ANSWERS, From = "p-eva", To = "k-downtime" })).Field.ShouldBe("type");
        Refused(() => EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.ANSWERS, From = "a-pilot", To = "m-kickoff" })).Field.ShouldBe("type");
        Refused(() => EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.ANSWERS, From = "a-pilot", To = "k-downtime", Result = (ArgumentResult)9 })).Field.ShouldBe("result");
    }

    [Fact]
    public void Result_and_date_belong_to_answers_only()
    {
        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.RAISED, From = "p-eva", To = "k-downtime", Result = ArgumentResult.Convinced })).Field.ShouldBe("result");
        Refused(() => EdgeRules.Connect(Plan(), new EdgeDraft { Type = EdgeType.ATTENDED, From = "p-eva", To = "m-kickoff", Date = Day })).Field.ShouldBe("date");
        Refused(() => EdgeRules.Update(Plan(), "e-eva-influences", new EdgePatch { Result = ArgumentResult.Convinced })).Field.ShouldBe("result");

        var changed = EdgeRules.Update(Plan(), "e-answers", new EdgePatch { Result = ArgumentResult.Convinced, Date = Day }).OfType<PutEdge>().Single().Edge;
        (changed.Result, changed.Date).ShouldBe((ArgumentResult.Convinced, Day));
    }

    [Theory]
    [InlineData(EdgeType.ATTENDED, "p-eva", "m-kickoff")]
    [InlineData(EdgeType.RAISED, "p-eva", "k-downtime")]
    [InlineData(EdgeType.ANSWERS, "a-pilot", "k-downtime")]
    public void The_plan_edges_have_no_strength(EdgeType type, string from, string to)
    {
        var map = Plan() with { Edges = [] };

        Refused(() => EdgeRules.Connect(map, new EdgeDraft { Type = type, From = from, To = to, Strength = 3 })).Field.ShouldBe("strength");
        var edge = Connected(map, new EdgeDraft { Type = type, From = from, To = to, Id = "e-new" });
        Refused(() => EdgeRules.Update(map with { Edges = [edge] }, "e-new", new EdgePatch { Strength = 2 })).Field.ShouldBe("strength");
        EdgeRules.HasStrength(type).ShouldBeFalse();
    }

    private static Account Updated(AccountMap map, AccountPatch patch) => AccountRules.Update(map, patch).OfType<PutAccount>().Single().Account;

    [Fact]
    public void An_update_as_of_a_day_appends_a_history_entry_when_position_or_share_changes()
    {
        var map = Plan(); // Listed, 15%, history 2025-03-01 and 2026-06-15

        var moved = Updated(map, new AccountPatch { Position = SupplierPosition.Preferred, AsOf = Day });
        var share = Updated(map, new AccountPatch { ShareOfWallet = 20, AsOf = Day });
        var same = Updated(map, new AccountPatch { Position = SupplierPosition.Listed, ShareOfWallet = 15, Industry = "Shipping", AsOf = Day });
        var undated = Updated(map, new AccountPatch { Position = SupplierPosition.Preferred });

        moved.History.ShouldBe([.. map.Account.History, new PositionChange(Day, SupplierPosition.Preferred, 15)]);
        share.History.ShouldBe([.. map.Account.History, new PositionChange(Day, SupplierPosition.Listed, 20)]);
        same.History.ShouldBe(map.Account.History);
        same.Industry.ShouldBe("Shipping");
        undated.History.ShouldBe(map.Account.History);
    }

    [Fact]
    public void A_second_change_on_the_same_day_replaces_that_days_entry()
    {
        var map = Plan();
        var first = Updated(map, new AccountPatch { Position = SupplierPosition.Preferred, AsOf = Day });

        var second = Updated(map with { Account = first }, new AccountPatch { ShareOfWallet = 40, AsOf = Day });

        second.History.ShouldBe([.. map.Account.History, new PositionChange(Day, SupplierPosition.Preferred, 40)]);
    }

    [Fact]
    public void The_history_stays_sorted_by_date()
    {
        var map = Plan();
        var backdated = new DateOnly(2025, 9, 1);

        var account = Updated(map, new AccountPatch { ShareOfWallet = 5, AsOf = backdated });

        account.History.Select(h => h.Date).ShouldBe([new DateOnly(2025, 3, 1), backdated, new DateOnly(2026, 6, 15)]);
        account.History.Select(h => h.Date).ShouldBeInOrder();
    }

    [Fact]
    public void The_first_dated_update_opens_an_empty_history_and_create_can_open_it_too()
    {
        var map = Plan() with { Account = Plan().Account with { History = [] } };

        Updated(map, new AccountPatch { AsOf = Day }).History.ShouldBe([new PositionChange(Day, SupplierPosition.Listed, 15)]);
        AccountRules.Create(new AccountDraft { Name = "Acme", Position = SupplierPosition.Potential, ShareOfWallet = 0 }, asOf: Day)
            .History.ShouldBe([new PositionChange(Day, SupplierPosition.Potential, 0)]);
        AccountRules.Create(new AccountDraft { Name = "Acme" }).History.ShouldBeEmpty();
    }

    [Fact]
    public void A_history_from_elsewhere_must_be_one_entry_per_day_oldest_first_with_valid_values()
    {
        PositionChange[] good = [new(new(2025, 1, 1), SupplierPosition.Potential, null), new(new(2025, 2, 1), SupplierPosition.Listed, 100)];

        AccountRules.History(good).ShouldBe(good);
        Refused(() => AccountRules.History([good[1], good[0]])).Field.ShouldBe("history[1].date");
        Refused(() => AccountRules.History([good[0], good[0]])).Field.ShouldBe("history[1].date");
        Refused(() => AccountRules.History([good[0], good[1] with { ShareOfWallet = 101 }])).Field.ShouldBe("history[1].shareOfWallet");
        Refused(() => AccountRules.History([good[0] with { ShareOfWallet = -1 }])).Field.ShouldBe("history[0].shareOfWallet");
        Refused(() => AccountRules.History([good[0] with { Position = (SupplierPosition)77 }])).Field.ShouldBe("history[0].position");
    }
}
