using System.Globalization;
using Bogus;
using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>What the generator decides for an account before building it.</summary>
internal sealed record AccountSetting(int Seed, int Index, string Locale, Industry Industry, SupplierPosition Position, DateOnly Today);

/// <summary>Builds one account map from its own seed, so adding accounts never changes the earlier ones.</summary>
internal static class AccountBuilder
{
    public static AccountMap Build(AccountSetting setting, ISet<string> companyNames)
    {
        var random = new Random(setting.Seed);
        var faker = new Faker(setting.Locale) { Random = new Randomizer(setting.Seed) };
        var market = random.Pick(DemoVocabulary.Markets(setting.Locale));
        var (name, domain) = CompanyName(random, faker, setting, market, companyNames);
        var map = new MapBuilder(NewAccount(random, name, setting, market), random, setting.Today);

        var functions = ChooseFunctions(random);
        var functionIds = functions.ToDictionary(
            f => f.Name, f => map.Add(new NodeDraft { Kind = NodeKind.Function, Name = f.Name, Involvement = f.Involvement }), StringComparer.Ordinal);

        var staff = new PeopleBuilder(random, faker, market, domain);
        var people = staff.Build(functions);
        var lessons = Lessons.For(setting.Index);
        BuyingCenter.Assign(random, people, functions.ToDictionary(f => f.Name, f => f.Involvement, StringComparer.Ordinal),
            setting.Position, lessons);

        foreach (var m in people)
        {
            m.Id = map.Add(new NodeDraft { Kind = NodeKind.Person, Name = m.Name, Title = m.Title, Level = m.Level, Roles = [.. m.Roles], Stance = m.Stance, Influence = m.Influence, Email = m.Email, Phone = m.Phone, LinkedIn = Profile(m), Concerns = m.Concerns });
            map.Connect(new EdgeDraft { Type = EdgeType.WORKS_IN, From = m.Id, To = functionIds[m.Function] });
        }
        foreach (var m in people)
        {
            if (m.Manager is { } boss) map.Connect(new EdgeDraft { Type = EdgeType.REPORTS_TO, From = m.Id, To = boss.Id });
            if (m.DottedTo is { } informal) map.Connect(new EdgeDraft { Type = EdgeType.REPORTS_TO, From = m.Id, To = informal.Id, Dotted = true });
        }

        Relations.AddTeam(map, random, staff, people, setting.Position, lessons, setting.Today);
        Relations.AddInfluences(map, random, people, lessons);
        AccountPlan.Add(map, random, people, setting.Today);
        return map.Map;
    }

    private static Account NewAccount(Random random, string name, AccountSetting setting, Market market)
    {
        var position = setting.Position;
        var (low, high) = position switch
        {
            SupplierPosition.Potential => (0, 0),
            SupplierPosition.Listed => (0, 5),
            SupplierPosition.Active => (5, 20),
            SupplierPosition.Preferred => (15, 35),
            SupplierPosition.DevelopmentPartner => (25, 50),
            _ => (35, 60),
        };
        var draft = new AccountDraft { Name = name, Industry = setting.Industry.Name, Country = market.Country, Position = position, ShareOfWallet = random.Next(low, high + 1), PotentialAmount = random.Next(5, 241) * 50_000m, PotentialCurrency = market.Currency, BringsInnovations = position >= SupplierPosition.Preferred, InvolvesInDevelopment = position >= SupplierPosition.DevelopmentPartner, ConsultsOnStrategy = position >= SupplierPosition.StrategicPartner };
        return AccountRules.Create(draft, Ids.New(Slug.Of(name), random));
    }

    /// <summary>A realistic company name ("Weber Medizintechnik GmbH") and the domain its people write from.</summary>
    private static (string Name, string Domain) CompanyName(Random random, Faker faker, AccountSetting setting, Market market, ISet<string> taken)
    {
        while (true)
        {
            var (surname, partner) = (faker.Name.LastName(), faker.Name.LastName());
            if (surname == partner) continue;
            var noun = random.Pick(setting.Industry.Nouns(setting.Locale));
            var pattern = random.Pick(DemoVocabulary.CompanyNamePatterns(setting.Locale));
            var name = string.Format(CultureInfo.InvariantCulture, pattern, surname, partner, noun, random.Pick(market.LegalForms));
            var brand = string.Format(CultureInfo.InvariantCulture, pattern, surname, partner, noun, "");
            if (taken.Add(name)) return (name, $"{Slug.Of(brand, 40)}.{market.Tld}");
        }
    }

    /// <summary>Executive management and purchasing always, engineering or production for the technical view, then others.</summary>
    private static List<(string Name, Involvement Involvement)> ChooseFunctions(Random random)
    {
        string[] core = [Functions.Executive, Functions.Purchasing, random.Chance(0.5) ? Functions.Engineering : Functions.Production];
        var chosen = core.Concat(random.Shuffled(Functions.All.Except(core)).Take(random.Next(4, 8) - core.Length)).ToHashSet();
        return [.. Functions.All.Where(chosen.Contains).Select(f =>
        {
            var (direct, indirect, none) = Functions.InvolvementWeights(f);
            return (f, random.Weighted((Involvement.Direct, direct), (Involvement.Indirect, indirect), (Involvement.None, none)));
        })];
    }

    /// <summary>
    /// A public profile for about a third of those with an e-mail. Decided by the name, not the seeded
    /// random, so adding profiles did not change anything else the demo generates.
    /// </summary>
    private static string? Profile(Member m) =>
        m.Email is null || Slug.Of(m.Name).Sum(c => c) % 3 != 0 ? null : $"https://www.linkedin.com/in/{Slug.Of(m.Name)}";
}
