using System.Text.Json;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Seed;

namespace SalesOps.Tests.Seed;

public sealed class DemoPlanTests
{
    private static readonly DateOnly Today = DemoData.DefaultReferenceDate;
    private static readonly IReadOnlyList<AccountMap> Maps = DemoData.Generate();

    private static IEnumerable<Edge> Edges(AccountMap map, EdgeType type) => map.Edges.Where(e => e.Type == type);

    private static IEnumerable<Node> Attendees(AccountMap map, Node meeting) =>
        Edges(map, EdgeType.ATTENDED).Where(e => e.To == meeting.Id).Select(e => map.Find(e.From)!);

    private static bool IsCritic(Node person) => person.Stance is Stance.Skeptic or Stance.Detractor;

    private static IEnumerable<Node> CriticConcerns(AccountMap map) =>
        Edges(map, EdgeType.RAISED).Where(e => IsCritic(map.Find(e.From)!)).Select(e => map.Find(e.To)!);

    private static bool Answered(AccountMap map, Node concern) => Edges(map, EdgeType.ANSWERS).Any(e => e.To == concern.Id);

    [Fact]
    public void Every_account_has_four_to_eight_meetings_across_quarters_with_both_sides()
    {
        foreach (var map in Maps)
        {
            var name = map.Account.Name;
            var meetings = map.OfKind(NodeKind.Meeting).ToList();
            meetings.Count.ShouldBeInRange(4, 8, name);
            var held = meetings.Where(m => m.Held).ToList();
            held.Select(m => (m.Date!.Value.Year, (m.Date.Value.Month - 1) / 3)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2, name);
            held.ShouldAllBe(m => m.Date < Today && m.Date >= Today.AddDays(-280));
            held.ShouldAllBe(m => !string.IsNullOrEmpty(m.Outcome) && !string.IsNullOrEmpty(m.NextSteps));
            var planned = meetings.Where(m => !m.Held).ToList();
            planned.Count.ShouldBeInRange(1, 2, name);
            planned.ShouldAllBe(m => m.Date > Today && m.Date <= Today.AddDays(45) && m.Outcome == null);
            foreach (var meeting in meetings)
            {
                var who = Attendees(map, meeting).ToList();
                who.Count(n => n.Kind == NodeKind.Counterpart).ShouldBeInRange(1, 3, meeting.Name);
                who.Count(n => n.Kind == NodeKind.Person).ShouldBeInRange(1, 4, meeting.Name);
                meeting.Method.ShouldNotBeNull();
                meeting.Topic.ShouldNotBeNullOrEmpty();
                meeting.Documents.Count.ShouldBeLessThanOrEqualTo(2);
                meeting.Documents.ShouldAllBe(d => d.Url.StartsWith("https://docs.example.com/", StringComparison.Ordinal));
            }
            meetings.Select(m => m.Name).ShouldAllBe(n => PlanVocabulary.Meetings.Any(t =>
                string.Format(System.Globalization.CultureInfo.InvariantCulture, t.Objective, Today.Year + 1) == n));
        }
        Maps.SelectMany(m => m.OfKind(NodeKind.Meeting)).Select(m => m.Method).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        Maps.SelectMany(m => m.OfKind(NodeKind.Meeting)).ShouldContain(m => m.Documents.Count > 0);
    }

    [Fact]
    public void Last_contacts_are_never_older_than_a_held_meeting_both_sides_attended()
    {
        foreach (var seed in new[] { 42, 7, 11 })
        {
            foreach (var map in DemoData.Generate(seed, accounts: 8))
            {
                foreach (var meeting in map.OfKind(NodeKind.Meeting).Where(m => m.Held))
                {
                    var who = Attendees(map, meeting).Select(n => n.Id).ToHashSet();
                    foreach (var talk in Edges(map, EdgeType.TALKS_WITH).Where(t => who.Contains(t.From) && who.Contains(t.To)))
                    {
                        talk.Status.ShouldNotBe(RelationshipStatus.Planned, meeting.Name);
                        talk.LastContact.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(meeting.Date!.Value, meeting.Name);
                    }
                }
            }
        }
    }

    [Fact]
    public void Most_accounts_have_a_buying_center_member_we_talk_with_but_have_not_met_in_the_last_90_days()
    {
        // "Met" as everywhere else (LastMet): a held meeting or a relationship's last contact.
        var count = Maps.Count(map =>
        {
            var talkedTo = map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).Select(e => e.To).ToHashSet();
            return MeetingStats.Of(map, Today).NotMetRecently.Any(p => talkedTo.Contains(p.Id));
        });
        count.ShouldBeGreaterThan(Maps.Count / 2);
    }

    [Fact]
    public void Every_account_has_a_sorted_position_history_ending_at_today()
    {
        foreach (var seed in new[] { 42, 7 })
        {
            foreach (var account in DemoData.Generate(seed, accounts: 12).Select(m => m.Account))
            {
                var history = account.History;
                history.Count.ShouldBeInRange(2, 4, account.Name);
                history.Select(h => h.Date).ShouldBe(history.Select(h => h.Date).Order());
                history.Select(h => h.Date).Distinct().Count().ShouldBe(history.Count);
                history[^1].Position.ShouldBe(account.Position);
                history[^1].ShareOfWallet.ShouldBe(account.ShareOfWallet);
                history[0].Date.ShouldBeGreaterThanOrEqualTo(Today.AddYears(-3).AddDays(-1));
                history[^1].Date.ShouldBeLessThan(Today);
                for (var i = 1; i < history.Count; i++)
                {
                    ((int)history[i].Position).ShouldBeGreaterThanOrEqualTo((int)history[i - 1].Position, account.Name);
                    (history[i].ShareOfWallet ?? 0).ShouldBeGreaterThanOrEqualTo(history[i - 1].ShareOfWallet ?? 0, account.Name);
                }
            }
        }
    }

    [Fact]
    public void Every_skeptic_and_detractor_raises_a_concern_with_a_topic()
    {
        foreach (var map in Maps)
        {
            foreach (var critic in map.OfKind(NodeKind.Person).Where(IsCritic))
                Edges(map, EdgeType.RAISED).Count(e => e.From == critic.Id).ShouldBeInRange(1, 2, critic.Name);
            foreach (var concern in map.OfKind(NodeKind.Concern))
            {
                Edges(map, EdgeType.RAISED).Count(e => e.To == concern.Id).ShouldBe(1);
                concern.Topic.ShouldBe(PlanVocabulary.TopicOf(concern.Name));
                concern.Date.ShouldNotBeNull().ShouldBeLessThan(Today);
            }
        }
        Maps.SelectMany(m => Edges(m, EdgeType.RAISED).Select(e => m.Find(e.From)!.Stance)).ShouldContain(Stance.Neutral);
    }

    [Fact]
    public void Every_concern_sentence_of_the_vocabulary_has_a_topic()
    {
        foreach (var function in Functions.All)
            foreach (var concern in DemoVocabulary.Concerns(function))
                PlanVocabulary.Topics.ShouldContain(PlanVocabulary.TopicOf(concern));
    }

    [Fact]
    public void Arguments_answer_concerns_of_their_topic_and_most_accounts_leave_a_critic_unanswered()
    {
        foreach (var map in Maps)
        {
            var arguments = map.OfKind(NodeKind.Argument).ToList();
            arguments.Count.ShouldBeInRange(3, 6, map.Account.Name);
            arguments.ShouldAllBe(a => !string.IsNullOrEmpty(a.Text) && PlanVocabulary.Topics.Contains(a.Topic!) && a.Documents.Count <= 2);
            var answers = Edges(map, EdgeType.ANSWERS).ToList();
            answers.ShouldNotBeEmpty(map.Account.Name);
            foreach (var answer in answers)
            {
                var (argument, concern) = (map.Find(answer.From)!, map.Find(answer.To)!);
                argument.Topic.ShouldBe(concern.Topic);
                answer.Result.ShouldNotBeNull();
                answer.Date.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(concern.Date!.Value);
                answer.Date!.Value.ShouldBeLessThan(Today);
            }
        }
        Maps.SelectMany(m => Edges(m, EdgeType.ANSWERS)).Select(e => e.Result).Distinct().Count().ShouldBe(4);
        Maps.Count(m => CriticConcerns(m).Any(c => !Answered(m, c))).ShouldBeGreaterThan(Maps.Count / 2);
    }

    [Fact]
    public void Plans_replay_through_the_rules_for_any_seed_and_locale()
    {
        foreach (var locale in DemoVocabulary.Locales)
        {
            for (var seed = 0; seed < 10; seed++)
            {
                foreach (var map in DemoData.Generate(seed, accounts: 6, locale: locale))
                {
                    map.OfKind(NodeKind.Meeting).Count().ShouldBeGreaterThanOrEqualTo(4);
                    map.Account.History.Count.ShouldBeGreaterThanOrEqualTo(2);
                    JsonSerializer.Serialize(DemoDataTests.Replay(map)).ShouldBe(JsonSerializer.Serialize(map));
                }
            }
        }
    }

    [Fact]
    public void Plans_are_deterministic_and_count_back_from_the_reference_date()
    {
        var day = new DateOnly(2025, 6, 30);
        var maps = DemoData.Generate(seed: 5, referenceDate: day);
        JsonSerializer.Serialize(maps).ShouldBe(JsonSerializer.Serialize(DemoData.Generate(seed: 5, referenceDate: day)));
        maps.SelectMany(m => m.OfKind(NodeKind.Meeting)).ShouldAllBe(m => m.Held == m.Date < day);
        maps.SelectMany(m => m.Account.History).ShouldAllBe(h => h.Date < day);
    }
}
