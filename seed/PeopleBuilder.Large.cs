using SalesOps.Graph.Model;

namespace SalesOps.Seed;

// Companies of hundreds to a hundred thousand people: every function a tree of teams under its head.
internal sealed partial class PeopleBuilder
{
    /// <summary>
    /// Staffs a large company: the top, a CFO or COO where the function has none, an assistant, a head per
    /// function, then each function's share of <paramref name="target"/> as a tree of 3–8 reports per
    /// manager. Levels follow from the tree: leaves are specialists, team and group leads managers,
    /// leads of leads directors. Parents are added before their reports, so the lines form a tree.
    /// </summary>
    public List<Member> BuildLarge(IReadOnlyList<(string Name, Involvement Involvement)> functions, int target)
    {
        var top = Add(Functions.Executive, Level.Executive, null, random.Pick(TitleWords.Top), head: true);
        Add(Functions.Executive, Level.Specialist, top, random.Pick(TitleWords.Assistant));
        var below = functions.Where(f => f.Name != Functions.Executive).ToList();
        var heads = below.Select(f =>
        {
            var level = random.Chance(Functions.ExecutiveHeadChance(f.Name)) ? Level.Executive : Level.Director;
            return Add(f.Name, level, top, NextTitle(f.Name, level), head: true);
        }).ToList();

        // Shares by involvement; production is where most people of a manufacturer work.
        var weights = below.Select(f => (f.Involvement switch { Involvement.Direct => 4.0, Involvement.Indirect => 2.0, _ => 1.0 })
            * (f.Name == Functions.Production ? 4 : 1)).ToArray();
        var left = Math.Max(0, target - _people.Count);
        var shares = weights.Select(w => (int)(left * w / weights.Sum())).ToArray();
        shares[Array.IndexOf(weights, weights.Max())] += left - shares.Sum();
        for (var i = 0; i < below.Count; i++) Grow(heads[i], shares[i]);

        AddDottedLines(Math.Clamp(target / 500, 1, 20));
        return _people;
    }

    /// <summary>Adds <paramref name="count"/> people below a head: the tree's shape first, then people parent by parent.</summary>
    private void Grow(Member head, int count)
    {
        // parent[i] is the index of node i's manager; node 0 is the head.
        var parent = new int[count + 1];
        var next = 1;
        for (var p = 0; next <= count; p++)
            for (var span = random.Next(3, 9); span > 0 && next <= count; span--) parent[next++] = p;
        var height = new int[count + 1];
        for (var i = count; i > 0; i--) height[parent[i]] = Math.Max(height[parent[i]], height[i] + 1);

        var members = new Member[count + 1];
        members[0] = head;
        for (var i = 1; i <= count; i++)
        {
            var level = height[i] switch { 0 => Level.Specialist, 1 or 2 => Level.Manager, _ => Level.Director };
            members[i] = Add(head.Function, level, members[parent[i]], NextTitle(head.Function, level));
        }
    }
}
