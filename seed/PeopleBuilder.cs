using System.Globalization;
using Bogus;
using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// Staffs an account top-down: the executive at the top, a head per function reporting to them,
/// then managers and specialists below the heads. Everyone joins after their manager, so the
/// reporting lines form a tree by construction.
/// </summary>
internal sealed partial class PeopleBuilder(Random random, Faker faker, Market market, string domain, string locale)
{
    private readonly List<Member> _people = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Level), Queue<JobTitle>> _titles = [];
    // Names repeat across a large company; their e-mail forms are worked out once.
    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);

    /// <summary>
    /// Full names (first, last) from Bogus in the account's locale, unique while that is easy: a company of
    /// 100,000 has namesakes, and a locale's name lists may hold fewer pairs than that. <c>Woman</c> says
    /// which form of a title the person's card shows (<see cref="WomensNames"/>).
    /// </summary>
    public (string First, string Last, bool Woman) NextName()
    {
        for (var tries = 0; ; tries++)
        {
            var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
            if (_names.Add($"{first} {last}") || tries >= 50) return (first, last, WomensNames.Contains(locale, first));
        }
    }

    /// <param name="target">How many people; null draws 8–20, as the demo accounts have.</param>
    public List<Member> Build(IReadOnlyList<(string Name, Involvement Involvement)> functions, int? target = null)
    {
        target ??= random.Next(8, 21);
        var has = functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var top = Add(Functions.Executive, Level.Executive, null, random.Pick(TitleWords.Top), head: true);
        if (!has.Contains(Functions.Finance) && random.Chance(0.7)) Add(Functions.Executive, Level.Executive, top, TitleWords.Cfo);
        else if (!has.Contains(Functions.Production) && random.Chance(0.5)) Add(Functions.Executive, Level.Executive, top, TitleWords.Coo);
        if (random.Chance(0.6)) Add(Functions.Executive, Level.Specialist, top, random.Pick(TitleWords.Assistant));

        var below = functions.Where(f => f.Name != Functions.Executive).ToList();
        foreach (var (name, _) in below)
        {
            var level = random.Chance(Functions.ExecutiveHeadChance(name)) ? Level.Executive : Level.Director;
            Add(name, level, top, NextTitle(name, level), head: true);
        }
        // Functions that buy directly get a team first: the purchaser and evaluators come from there.
        foreach (var (name, _) in below.Where(f => f.Involvement == Involvement.Direct))
            if (_people.Count < target) AddBelowHead(name);
        var weights = below.Select(f => (f.Name, f.Involvement switch { Involvement.Direct => 4, Involvement.Indirect => 2, _ => 1 })).ToArray();
        while (_people.Count < target) AddBelowHead(random.Weighted(weights));

        if (random.Chance(0.5)) AddDottedLines(1);
        return _people;
    }

    private void AddBelowHead(string function)
    {
        var head = _people.First(p => p.IsHead && p.Function == function);
        var managers = _people.Where(p => p.Function == function && p.Level == Level.Manager).ToList();
        if ((managers.Count == 0 && random.Chance(0.7)) || (managers.Count == 1 && random.Chance(0.2)))
            Add(function, Level.Manager, head, NextTitle(function, Level.Manager));
        else
            Add(function, Level.Specialist, managers.Count > 0 && random.Chance(0.8) ? random.Pick(managers) : head,
                NextTitle(function, Level.Specialist));
    }

    /// <summary>Informal second lines, each from someone below a head to the head of another function.</summary>
    private void AddDottedLines(int count)
    {
        // Who may have one and who may receive one is the same for every line (a line changes neither), so
        // the people are read once, not once per line: a large company has 100,000 of them.
        var from = _people.Where(p => !p.IsLeader && p.Function != Functions.Executive).ToList();
        if (from.Count == 0) return;
        var heads = _people.Where(p => p.IsHead && p.Manager is not null).ToList();
        for (var i = 0; i < count; i++)
        {
            var person = random.Pick(from);
            var others = heads.Where(p => p.Function != person.Function).ToList();
            if (others.Count > 0) person.DottedTo = random.Pick(others);
        }
    }

    private Member Add(string function, Level level, Member? manager, JobTitle title, bool head = false)
    {
        var (first, last, woman) = NextName();
        var member = new Member
        {
            Name = $"{first} {last}",
            Function = function,
            Level = level,
            Title = title.In(locale, woman),
            TitleKey = title.En,
            Manager = manager,
            IsHead = head,
            Email = random.Chance(0.65) ? $"{SlugOf(first)}.{SlugOf(last)}@{domain}" : null,
            Phone = random.Chance(0.45)
                ? string.Create(CultureInfo.InvariantCulture, $"{market.DialCode} {random.Next(10, 100)} {random.Next(100_000, 10_000_000)}")
                : null,
        };
        _people.Add(member);
        return member;
    }

    private string SlugOf(string name) => _slugs.TryGetValue(name, out var slug) ? slug : _slugs[name] = Slug.Of(name);

    /// <summary>Walks a shuffled list of the fitting titles, so colleagues rarely share one.</summary>
    private JobTitle NextTitle(string function, Level level)
    {
        if (!_titles.TryGetValue((function, level), out var queue) || queue.Count == 0)
            _titles[(function, level)] = queue = new Queue<JobTitle>(random.Shuffled(TitleWords.For(function, level)));
        return queue.Dequeue();
    }
}
