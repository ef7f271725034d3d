using SalesOps.Graph.Model;

namespace SalesOps.Seed.Training;

/// <summary>One of ours while a training account is planned.</summary>
internal sealed class Ours
{
    public required string Name { get; init; }
    public required string Title { get; init; }
    public required Level Level { get; init; }
    public required TeamRole Role { get; init; }
    public string Id { get; set; } = "";
}

/// <summary>A planned TALKS_WITH: one of ours and one of theirs.</summary>
internal sealed class Talk
{
    public required Ours From { get; set; }
    public required Member To { get; init; }
    public int Strength { get; set; }
    public RelationshipStatus Status { get; set; }
    public int Cadence { get; set; }
    public DateOnly? Last { get; set; }
    public required string Goal { get; set; }
}

/// <summary>A planned INFLUENCES between two of theirs.</summary>
internal sealed class Sway
{
    public required Member From { get; init; }
    public required Member To { get; init; }
    public int Strength { get; set; }
    public string? Note { get; init; }
}

/// <summary>
/// A training account before it becomes a map: people, our team, who talks with whom and who sways whom,
/// all in memory, so a scenario can shape the lesson in before the rules see anything.
/// </summary>
internal sealed class Blueprint
{
    public required Random Random { get; init; }
    public required string Locale { get; init; }
    public required DateOnly Today { get; init; }
    public required SupplierPosition Position { get; init; }
    public required AccountSize Size { get; init; }
    public required IReadOnlyList<(string Name, Involvement Involvement)> Functions { get; init; }
    public required List<Member> People { get; init; }
    public List<Ours> Team { get; } = [];
    public List<Talk> Talks { get; } = [];
    public List<Sway> Sways { get; } = [];
    /// <summary>People whose concerns the account plan leaves without an answering argument.</summary>
    public HashSet<Member> Unanswered { get; } = [];

    public IEnumerable<Member> DecisionMakers => People.Where(p => p.Has(BuyingRole.DecisionMaker));

    public Ours AccountManager => Team.First(o => o.Role == TeamRole.AccountManager);

    /// <summary>The talks that are relationships, not plans.</summary>
    public IEnumerable<Talk> Relationships => Talks.Where(t => t.Status != RelationshipStatus.Planned);

    /// <summary>Makes <paramref name="person"/> the one decision maker: nobody else keeps the role.</summary>
    public void OnlyDecisionMaker(Member person)
    {
        foreach (var p in People) p.Roles.Remove(BuyingRole.DecisionMaker);
        person.Roles.Add(BuyingRole.DecisionMaker);
        person.Influence = Influence.High;
    }

    /// <summary>Gives someone a critic's stance and a concern of their function.</summary>
    public void MakeCritic(Member person, Stance stance)
    {
        person.Stance = stance;
        person.Concerns ??= Random.Pick(DemoVocabulary.Concerns(person.Function, Locale));
    }

    /// <summary>A talk from one of ours to a person, replacing one that exists between them.</summary>
    public Talk Connect(Ours from, Member to, int strength, RelationshipStatus status = RelationshipStatus.Active)
    {
        Talks.RemoveAll(t => t.From == from && t.To == to);
        var talk = new Talk
        {
            From = from, To = to, Strength = strength, Status = status, Cadence = 30,
            Last = status == RelationshipStatus.Planned ? null : Today.AddDays(-Random.Next(3, 25)),
            Goal = Random.Pick(Relations.Goals(to)).In(Locale),
        };
        Talks.Add(talk);
        return talk;
    }

    public void Sway(Member from, Member to, int strength, string? note = null)
    {
        Sways.RemoveAll(s => s.From == from && s.To == to);
        Sways.Add(new Sway { From = from, To = to, Strength = strength, Note = note });
    }

    /// <summary>Everyone below <paramref name="head"/> in the solid reporting tree, the head included.</summary>
    public HashSet<Member> Below(Member head)
    {
        var children = People.Where(p => p.Manager is not null).ToLookup(p => p.Manager!);
        var all = new HashSet<Member> { head };
        var stack = new Stack<Member>([head]);
        while (stack.TryPop(out var m))
            foreach (var c in children[m])
                if (all.Add(c)) stack.Push(c);
        return all;
    }
}
