using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// The account plan of a demo account: how our position grew, the meetings held and planned, the concerns
/// critics raise and the arguments we answer them with. Runs after the map is built, on the same seeded random.
/// </summary>
internal static class AccountPlan
{
    public static void Add(MapBuilder map, Random random, IReadOnlyList<Member> people, DateOnly today)
    {
        map.SetAccount(WithHistory(random, map.Map.Account, today));
        var (meetings, unmet) = AddMeetings(map, random, people, today);
        AlignLastContacts(map, meetings, unmet, today);
        var concerns = AddConcerns(map, random, people, meetings, today);
        AddArguments(map, random, concerns, today);
    }

    /// <summary>A held or planned meeting and who attended it.</summary>
    private sealed record Meeting(DateOnly Date, bool Held, IReadOnlyList<string> Ours, IReadOnlyList<Member> Theirs);

    private sealed record Concern(string Id, Member By, string Topic, DateOnly Date);

    /// <summary>2–4 dated entries over the last 1–3 years, climbing the ladder to today's position and share.</summary>
    private static Account WithHistory(Random random, Account account, DateOnly today)
    {
        var current = (int)account.Position;
        var share = account.ShareOfWallet ?? 0;
        var count = random.Next(2, 5);

        // Earlier rungs, lowest first; without enough rungs below, the share grows within the current position.
        var rungs = random.Sample(Enumerable.Range(0, current), count - 1).Order().ToList();
        var shares = rungs.Select(r => r == 0 ? 0 : Math.Min(share, random.Next(ShareRange(r).Low, ShareRange(r).High + 1))).Order().ToList();
        if (rungs.Count < count - 1 && share >= 2)
        {
            rungs.Add(current);
            shares.Add(Math.Max(shares.LastOrDefault(), share / 2));
        }
        var entries = rungs.Zip(shares, (r, s) => ((SupplierPosition)r, (int?)s)).ToList();
        entries.Add((account.Position, account.ShareOfWallet));
        // A potential customer has no rung below: it was first recorded before we knew its share.
        if (entries.Count == 1) entries.Insert(0, (account.Position, null));
        entries = [.. entries.Where((e, i) => i == entries.Count - 1 || e != entries[i + 1])];

        var first = random.Next(365, 3 * 365 + 1);
        var last = random.Next(20, 151);
        var days = new SortedSet<int> { first, last };
        while (days.Count < entries.Count) days.Add(random.Next(last + 1, first));
        var dates = days.Reverse().Take(entries.Count - 1).Append(last).Select(d => today.AddDays(-d)).ToList();
        return account with
        {
            History = [.. entries.Select((e, i) => new PositionChange(dates[i], e.Item1, e.Item2)).OrderBy(h => h.Date)],
        };
    }

    private static (int Low, int High) ShareRange(int position) => (SupplierPosition)position switch
    {
        SupplierPosition.Potential => (0, 0),
        SupplierPosition.Listed => (0, 5),
        SupplierPosition.Active => (5, 20),
        SupplierPosition.Preferred => (15, 35),
        SupplierPosition.DevelopmentPartner => (25, 50),
        _ => (35, 60),
    };

    /// <summary>
    /// 4–8 meetings: the held ones spread over the last nine months, then one or two planned in the next weeks.
    /// Nobody meets a contact whose relationship is still planned, or one gone dormant in the last two months;
    /// buying-center members nobody talks with stay away, and one more member has not been met for 90 days.
    /// </summary>
    private static (List<Meeting> Meetings, Member? Unmet) AddMeetings(MapBuilder map, Random random, IReadOnlyList<Member> people, DateOnly today)
    {
        var snapshot = map.Map;
        var team = snapshot.OfKind(NodeKind.Counterpart).ToList();
        var talks = snapshot.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).ToList();
        var uncovered = people.Where(p => p.InBuyingCenter && talks.All(t => t.To != p.Id)).ToHashSet();
        var covered = people.Where(p => p.InBuyingCenter && !uncovered.Contains(p)).ToList();
        var unmet = covered.Count > 1 ? random.Pick(covered) : null;

        var total = random.Next(4, 9);
        var planned = random.Next(1, 3);
        var held = total - planned;
        var offsets = new SortedSet<int> { random.Next(200, 271), random.Next(3, 46) };
        while (offsets.Count < held) offsets.Add(random.Next(3, 271));
        var dates = offsets.Reverse().Select(d => (Date: today.AddDays(-d), Held: true)).ToList();
        var ahead = new SortedSet<int>();
        while (ahead.Count < planned) ahead.Add(random.Next(5, 43));
        dates.AddRange(ahead.Select(d => (today.AddDays(d), false)));

        var meetings = new List<Meeting>();
        var slug = Slug.Of(snapshot.Account.Name, 40);
        foreach (var (date, isHeld) in dates)
        {
            bool Fits(Node ours, Member person) => !isHeld || talks.FirstOrDefault(t => t.From == ours.Id && t.To == person.Id) is not { } t
                || (t.Status == RelationshipStatus.Active || (t.Status == RelationshipStatus.Dormant && date <= today.AddDays(-61)));
            var available = people.Where(p => !uncovered.Contains(p) && (p != unmet || !isHeld || date < today.AddDays(-90))).ToList();

            // Ours: usually the account manager, plus one or two colleagues; theirs: those we know, preferably.
            var lead = random.Chance(0.6) ? team.First(c => c.TeamRole == TeamRole.AccountManager) : random.Pick(team);
            var ours = new List<Node> { lead };
            ours.AddRange(random.Sample(team.Where(c => c != lead), random.Next(0, 3)));
            var pool = available.Where(p => ours.All(o => Fits(o, p))).ToList();
            while (pool.Count == 0 && ours.Count > 1)
            {
                ours.RemoveAt(ours.Count - 1);
                pool = [.. available.Where(p => ours.All(o => Fits(o, p)))];
            }
            if (pool.Count == 0) continue;
            var theirs = new List<Member>();
            for (var n = random.Next(1, 5); n > 0 && pool.Count > 0; n--)
            {
                var pick = random.Weighted([.. pool.Select(p => (p, Weight(p, ours, talks)))]);
                theirs.Add(pick);
                pool.Remove(pick);
            }

            var template = random.Pick(PlanVocabulary.Meetings);
            var objective = string.Format(CultureInfo.InvariantCulture, template.Objective, today.Year + 1);
            var documents = random.Sample(template.Documents, isHeld ? random.Next(0, 3) : random.Next(0, 2))
                .Select(title => Document(title, $"https://docs.example.com/{slug}/{Slug.Of(title)}-{date:yyyy-MM-dd}.pdf")).ToList();
            var id = map.Add(new NodeDraft { Kind = NodeKind.Meeting, Name = objective, Date = date, Method = random.Pick(template.Methods), Topic = template.Topics, Outcome = isHeld ? random.Pick(template.Outcomes) : null, NextSteps = isHeld ? random.Pick(template.NextSteps) : null, Held = isHeld, Documents = documents });
            foreach (var o in ours) map.Connect(new EdgeDraft { Type = EdgeType.ATTENDED, From = o.Id, To = id });
            foreach (var p in theirs) map.Connect(new EdgeDraft { Type = EdgeType.ATTENDED, From = p.Id, To = id });
            meetings.Add(new Meeting(date, isHeld, [.. ours.Select(o => o.Id)], theirs));
        }
        return (meetings, unmet);
    }

    private static int Weight(Member person, IReadOnlyList<Node> ours, IReadOnlyList<Edge> talks) =>
        talks.Any(t => t.To == person.Id && ours.Any(o => o.Id == t.From)) ? 6 : person.InBuyingCenter ? 3 : 1;

    private static DocumentLink Document(string title, string url) => new(title, url);

    /// <summary>
    /// A relationship's last contact is never older than the last held meeting both sides attended; the member
    /// left unmet was not contacted in the last 90 days either, or they would count as met (LastMet, docs/domain.md).
    /// </summary>
    private static void AlignLastContacts(MapBuilder map, IReadOnlyList<Meeting> meetings, Member? unmet, DateOnly today)
    {
        var longAgo = today.AddDays(-(Graph.Plan.LastMet.RecentDays + 10));
        foreach (var talk in map.Map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH && e.To == unmet?.Id && e.LastContact > longAgo).ToList())
            map.Update(talk.Id, new EdgePatch { LastContact = longAgo });
        foreach (var talk in map.Map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH && e.Status != RelationshipStatus.Planned).ToList())
        {
            var together = meetings.Where(m => m.Held && m.Ours.Contains(talk.From) && m.Theirs.Any(p => p.Id == talk.To))
                .Select(m => (DateOnly?)m.Date).Max();
            if (together is { } day && (talk.LastContact is null || talk.LastContact < day))
                map.Update(talk.Id, new EdgePatch { LastContact = day });
        }
    }

    /// <summary>Every skeptic and detractor, and the neutrals who voiced one, raise one or two concerns, mostly in a meeting.</summary>
    private static List<Concern> AddConcerns(MapBuilder map, Random random, IReadOnlyList<Member> people, IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        var concerns = new List<Concern>();
        foreach (var person in people.Where(p => p.Concerns is not null && (p.IsCritic || p.Stance == Stance.Neutral)))
        {
            var sentences = new List<string> { person.Concerns! };
            var others = DemoVocabulary.Concerns(person.Function).Where(c => c != person.Concerns).ToList();
            if (others.Count > 0 && random.Chance(person.IsCritic ? 0.4 : 0.15)) sentences.Add(random.Pick(others));
            var attended = meetings.Where(m => m.Held && m.Theirs.Contains(person)).Select(m => m.Date).ToList();
            foreach (var sentence in sentences)
            {
                var date = attended.Count > 0 && random.Chance(0.8) ? random.Pick(attended) : today.AddDays(-random.Next(20, 300));
                var topic = PlanVocabulary.TopicOf(sentence);
                var id = map.Add(new NodeDraft { Kind = NodeKind.Concern, Name = sentence, Topic = topic, Date = date });
                map.Connect(new EdgeDraft { Type = EdgeType.RAISED, From = person.Id, To = id });
                concerns.Add(new Concern(id, person, topic, date));
            }
        }
        return concerns;
    }

    /// <summary>
    /// 3–6 arguments, those for the topics raised first; each answers most concerns of its topic, with the result
    /// the stance makes likely. One critic's concern stays unanswered when there is more than one concern.
    /// </summary>
    private static void AddArguments(MapBuilder map, Random random, IReadOnlyList<Concern> concerns, DateOnly today)
    {
        var raised = random.Shuffled(concerns.Select(c => c.Topic).Distinct());
        var first = raised.Select(t => random.Pick(PlanVocabulary.Arguments.Where(a => a.Topic == t).ToList())).ToList();
        var rest = random.Shuffled(PlanVocabulary.Arguments.Except(first));
        var library = first.Concat(rest).Take(random.Next(3, 7)).ToList();

        var critics = concerns.Where(c => c.By.IsCritic).ToList();
        var unanswered = concerns.Count > 1 && critics.Count > 0 ? random.Pick(critics) : null;
        var answers = new List<(string Argument, Concern Concern)>();
        foreach (var argument in library)
        {
            var id = map.Add(new NodeDraft { Kind = NodeKind.Argument, Name = argument.Title, Topic = argument.Topic, Text = argument.Text, Documents = [.. random.Sample(argument.Documents, random.Next(0, 3))
                    .Select(t => Document(t, $"https://docs.example.com/arguments/{Slug.Of(t)}.pdf"))] });
            foreach (var concern in concerns.Where(c => c.Topic == argument.Topic && c != unanswered))
                if (random.Chance(0.8) || answers.All(a => a.Concern != concern)) answers.Add((id, concern));
        }
        foreach (var (argument, concern) in answers)
        {
            var result = concern.By.Stance switch
            {
                Stance.Detractor => random.Weighted((ArgumentResult.NotConvinced, 5), (ArgumentResult.PartlyConvinced, 2), (ArgumentResult.Pending, 2)),
                Stance.Skeptic => random.Weighted((ArgumentResult.PartlyConvinced, 4), (ArgumentResult.NotConvinced, 2),
                    (ArgumentResult.Pending, 2), (ArgumentResult.Convinced, 1)),
                _ => random.Weighted((ArgumentResult.Convinced, 4), (ArgumentResult.PartlyConvinced, 2), (ArgumentResult.Pending, 1)),
            };
            var latest = today.AddDays(-1);
            var date = concern.Date.AddDays(random.Next(3, 61));
            map.Connect(new EdgeDraft { Type = EdgeType.ANSWERS, From = argument, To = concern.Id, Result = result, Date = date > latest ? latest : date });
        }
    }
}
