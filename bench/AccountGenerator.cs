using SalesOps.Graph.Model;

namespace SalesOps.Benchmarks;

/// <summary>
/// Deterministic synthetic accounts shaped like real ones: a 4-ary reporting tree (with some dotted
/// lines), mostly local influence plus some across the company, counterparts talking to a handful of
/// people each (more often near the top), ~3 out-edges per person, a few decision makers near the top.
/// Levels follow the depth in the tree (executives at the top two levels); ours cycle through the four levels.
/// </summary>
public static class AccountGenerator
{
    /// <summary><paramref name="ours"/>: how many counterparts (default 7 % of the people, at least 3).</summary>
    /// <param name="prefix">Put before every node and edge id: ids are unique across accounts in a store,
    /// so accounts stored side by side need different prefixes.</param>
    /// <param name="distinct">Leave out a second edge of one type between the same pair, as the rules (and
    /// so import) refuse it; off, the reach benchmarks keep the graphs their published figures were measured on.</param>
    public static AccountMap Generate(int people, int seed = 42, int? ours = null, string prefix = "", bool distinct = false)
    {
        var pairs = new HashSet<(EdgeType, string, string)>();
        var random = new Random(seed);
        var counterparts = ours ?? Math.Max(3, (int)Math.Round(people * 0.07));
        var nodes = new List<Node>(people + counterparts);
        var edges = new List<Edge>(people * 4);
        var decisionMakers = Math.Max(1, people / 200);
        for (var i = 0; i < people; i++)
        {
            var roles = i < decisionMakers || (i < people / 10 && random.NextDouble() < 0.005) ? new[] { BuyingRole.DecisionMaker }
                : i == decisionMakers ? [BuyingRole.Signer] : [];
            // Title, influence and a position as a real map has them (not drawn from `random`, so the
            // reach benchmarks' graphs stay as they were).
            nodes.Add(new Node
            {
                Id = prefix + P(i), Kind = NodeKind.Person, Name = $"Person {i}", Stance = PickStance(random), Roles = roles, Level = LevelAt(i),
                Title = $"Title {i % 37}", Influence = (Influence)(i % 3), X = (i % 50) * 120.0, Y = (i / 50) * 90.0,
            });
        }
        for (var c = 0; c < counterparts; c++)
            nodes.Add(new Node { Id = prefix + C(c), Kind = NodeKind.Counterpart, Name = $"Counterpart {c}", TeamRole = (TeamRole)(c % 6), Level = (Level)(c % 4) });

        for (var i = 1; i < people; i++)
        {
            Add(EdgeType.REPORTS_TO, prefix + P(i), prefix + P((i - 1) / 4), random.NextDouble() < 0.7 ? null : random.Next(2, 6));
            if (random.NextDouble() < 0.1) Add(EdgeType.REPORTS_TO, prefix + P(i), prefix + P(random.Next(i)), null, dotted: true);
        }
        for (var i = 0; i < people; i++)
        {
            for (var k = 0; k < 2; k++)
            {
                var to = random.NextDouble() < 0.7 ? Math.Clamp(i + random.Next(-20, 21), 0, people - 1) : random.Next(people);
                if (to != i) Add(EdgeType.INFLUENCES, prefix + P(i), prefix + P(to), Strength(random));
            }
        }
        for (var c = 0; c < counterparts; c++)
        {
            for (var k = 0; k < 6; k++)
            {
                var to = random.NextDouble() < 0.5 ? random.Next(Math.Max(1, people / 10)) : random.Next(people);
                var roll = random.NextDouble();
                var status = roll < 0.1 ? RelationshipStatus.Planned : roll < 0.25 ? RelationshipStatus.Dormant : RelationshipStatus.Active;
                Add(EdgeType.TALKS_WITH, prefix + C(c), prefix + P(to), Strength(random), status: status);
            }
        }
        return new AccountMap(new Account { Id = $"acc-bench-{people}", Name = $"Bench {people}", Version = 1 }, nodes, edges);

        void Add(EdgeType type, string from, string to, int? strength, bool dotted = false, RelationshipStatus? status = null)
        {
            if (distinct && !pairs.Add((type, from, to))) return;
            edges.Add(new Edge { Id = $"{prefix}e-{edges.Count:D7}", Type = type, From = from, To = to, Strength = strength, Dotted = dotted, Status = status });
        }
    }

    /// <summary>Depth in the 4-ary reporting tree (person i reports to (i − 1) / 4): 0–1 executive, 2 director, 3 manager, deeper specialist.</summary>
    private static Level LevelAt(int i)
    {
        var depth = 0;
        for (; i > 0; i = (i - 1) / 4) depth++;
        return depth switch { <= 1 => Level.Executive, 2 => Level.Director, 3 => Level.Manager, _ => Level.Specialist };
    }

    private static string P(int i) => $"p-{i:D6}";

    private static string C(int i) => $"c-{i:D5}";

    /// <summary>Skewed towards 3, as account teams rate most ties as "working".</summary>
    private static int Strength(Random r) => r.Next(10) switch { 0 => 1, 1 or 2 => 2, 3 or 4 or 5 => 3, 6 or 7 => 4, _ => 5 };

    private static Stance PickStance(Random r) => r.Next(20) switch
    {
        < 6 => Stance.Unknown,
        < 8 => Stance.Champion,
        < 13 => Stance.Supporter,
        < 17 => Stance.Neutral,
        < 19 => Stance.Skeptic,
        _ => Stance.Detractor,
    };
}
