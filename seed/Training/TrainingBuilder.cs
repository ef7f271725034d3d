using Bogus;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Seed.Training;

/// <summary>
/// Builds one training account: people and team planned in memory, the scenario's lesson shaped in, then
/// everything through the real rules, the account plan on top, the answer key from the engine, and the
/// lesson checked on the finished map. Three randoms keep a recipe reproducible and its locales alike:
/// the structure's (who, how strong) depends on seed, scenario and size only, so an English and a Spanish
/// class get the same map; names and ids get their own, so sets in two languages never share an id.
/// </summary>
internal static class TrainingBuilder
{
    public static TrainingAccount Build(TrainingRecipe recipe, IStringLocalizer text, IProgress<int>? progress, CancellationToken ct)
    {
        recipe.Validate();
        var lesson = ScenarioPlan.For(recipe.Scenario);
        var seed = Mix(recipe.Seed, (int)recipe.Scenario, (int)recipe.Size);
        var (result, subjects) = Plan(new Core(seed, recipe.AccountId, recipe.Locale, recipe.Copy, recipe.Size, recipe.ReferenceDate), lesson, progress, ct);
        var ids = subjects.Select(s => s switch { Member m => m.Id, Ours o => o.Id, _ => throw new InvalidOperationException($"A lesson names {s}.") });
        var key = AnswerKeys.Compute(result, new Lesson(recipe.Scenario, [.. ids.Select(id => AnswerKeys.Person(result, id))], lesson.FindingKind), text);
        var account = new TrainingAccount(recipe, result, key);
        if (TrainingSets.Verify(account, text) is { Count: > 0 } broken)
            throw new InvalidOperationException($"The {recipe.Scenario.Code()} scenario generated '{recipe.AccountId}' without its lesson: {string.Join(" ", broken)}");
        return account;
    }

    /// <summary>An account without a lesson (the command line's generate).</summary>
    public static AccountMap BuildPlain(Core core, IProgress<int>? progress, CancellationToken ct) => Plan(core, null, progress, ct).Map;

    private static (AccountMap Map, IReadOnlyList<object> Subjects) Plan(Core recipe, ScenarioPlan? lesson, IProgress<int>? progress, CancellationToken ct)
    {
        var seed = recipe.Seed;
        var random = new Random(seed);
        var naming = new Random(Mix(seed, recipe.Locale[0], recipe.Locale[1]));
        var faker = new Faker(recipe.Locale) { Random = new Randomizer(naming.Next()) };
        var ids = new Random(Mix(seed, recipe.Locale[0] * 31 + recipe.Locale[1], recipe.Copy));

        var industry = random.Pick(DemoVocabulary.Industries);
        var position = lesson?.Position(random) ?? random.Pick(Enum.GetValues<SupplierPosition>());
        var market = naming.Pick(DemoVocabulary.Markets(recipe.Locale));
        var setting = new AccountSetting(seed, 0, recipe.Locale, industry, position, recipe.ReferenceDate);
        var (name, domain) = AccountBuilder.CompanyName(naming, faker, setting, market, new HashSet<string>(StringComparer.Ordinal));
        var map = new MapBuilder(AccountBuilder.NewAccount(random, name, setting, market, recipe.AccountId), ids, recipe.ReferenceDate);

        var (min, max) = recipe.Size.People();
        var target = random.Next(min, max + 1);
        var small = recipe.Size == AccountSize.BuyingCenter;
        var functions = small ? AccountBuilder.ChooseFunctions(random) : AllFunctions(random);
        var staff = new PeopleBuilder(random, faker, market, domain, recipe.Locale);
        var people = small ? staff.Build(functions, Math.Max(target, lesson?.MinimumPeople ?? 0)) : staff.BuildLarge(functions, target);
        ct.ThrowIfCancellationRequested();
        BuyingCenter.Assign(random, people, functions.ToDictionary(f => f.Name, f => f.Involvement, StringComparer.Ordinal), position,
            new Lessons(false, false, false, false), recipe.Locale);
        if (!small) Crowd.Quiet(random, people);

        var blueprint = new Blueprint { Random = random, Locale = recipe.Locale, Today = recipe.ReferenceDate, Position = position, Size = recipe.Size, Functions = functions, People = people };
        TeamPlanner.Plan(blueprint, staff);
        var subjects = lesson?.Shape(blueprint) ?? [];
        ct.ThrowIfCancellationRequested();

        Materialize(map, blueprint, progress, ct);
        var known = blueprint.Talks.Select(t => t.To).ToHashSet();
        var attendees = small ? people : [.. people.Where(p => p.InBuyingCenter || p.Concerns is not null || known.Contains(p))];
        AccountPlan.Add(map, random, attendees, recipe.ReferenceDate, recipe.Locale, blueprint.Unanswered.Contains);
        return (map.Build(), subjects);
    }

    /// <summary>Every function, each with the involvement it usually has; a large company has them all.</summary>
    private static List<(string Name, Involvement Involvement)> AllFunctions(Random random) =>
        [.. Functions.All.Select(f =>
        {
            var (direct, indirect, none) = Functions.InvolvementWeights(f);
            return (f, random.Weighted((Involvement.Direct, direct), (Involvement.Indirect, indirect), (Involvement.None, none)));
        })];

    private static void Materialize(MapBuilder map, Blueprint b, IProgress<int>? progress, CancellationToken ct)
    {
        var functionIds = b.Functions.ToDictionary(f => f.Name,
            f => map.Add(new NodeDraft { Kind = NodeKind.Function, Name = Functions.Name(f.Name, b.Locale), Involvement = f.Involvement }), StringComparer.Ordinal);
        var done = 0;
        foreach (var m in b.People)
        {
            m.Id = map.Add(new NodeDraft { Kind = NodeKind.Person, Name = m.Name, Title = m.Title, Level = m.Level, Roles = [.. m.Roles], Stance = m.Stance, Influence = m.Influence, Email = m.Email, Phone = m.Phone, Concerns = m.Concerns });
            map.Connect(new EdgeDraft { Type = EdgeType.WORKS_IN, From = m.Id, To = functionIds[m.Function] });
            if (++done % 1000 == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(1000);
            }
        }
        progress?.Report(done % 1000);
        foreach (var m in b.People)
        {
            if (m.Manager is { } boss) map.Connect(new EdgeDraft { Type = EdgeType.REPORTS_TO, From = m.Id, To = boss.Id });
            if (m.DottedTo is { } informal) map.Connect(new EdgeDraft { Type = EdgeType.REPORTS_TO, From = m.Id, To = informal.Id, Dotted = true });
        }
        ct.ThrowIfCancellationRequested();
        foreach (var o in b.Team)
            o.Id = map.Add(new NodeDraft { Kind = NodeKind.Counterpart, Name = o.Name, Title = o.Title, Level = o.Level, TeamRole = o.Role });
        foreach (var t in b.Talks)
            map.Connect(new EdgeDraft { Type = EdgeType.TALKS_WITH, From = t.From.Id, To = t.To.Id, Strength = t.Strength, Status = t.Status, CadenceDays = t.Cadence, LastContact = t.Last, Goal = t.Goal });
        foreach (var s in b.Sways)
            map.Connect(new EdgeDraft { Type = EdgeType.INFLUENCES, From = s.From.Id, To = s.To.Id, Strength = s.Strength, Note = s.Note });
    }

    /// <summary>A stable mix of integers (string.GetHashCode differs between runs; this must not).</summary>
    internal static int Mix(params ReadOnlySpan<int> values)
    {
        var h = 2166136261u;
        foreach (var v in values)
        {
            h = (h ^ (uint)v) * 16777619u;
            h ^= h >> 15;
        }
        return (int)(h & 0x7FFFFFFF);
    }
}

/// <summary>What an account is generated from: the structure's seed, its id, locale, copy (for ids), size and reference date.</summary>
internal sealed record Core(int Seed, string AccountId, string Locale, int Copy, AccountSize Size, DateOnly ReferenceDate);

/// <summary>Outside the buying center of a large company we know few people: most stances unknown, few concerns, little say.</summary>
internal static class Crowd
{
    public static void Quiet(Random random, IReadOnlyList<Member> people)
    {
        foreach (var m in people.Where(p => !p.InBuyingCenter))
        {
            m.Stance = random.Weighted((Stance.Unknown, 17), (Stance.Neutral, 2), (Stance.Supporter, 1));
            m.Concerns = null;
            if (m.Influence == Influence.High) m.Influence = Influence.Medium;
        }
    }
}
