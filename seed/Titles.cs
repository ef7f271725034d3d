using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>Job titles that fit a function and a level, in the words B2B account teams meet every day.</summary>
public static class Titles
{
    /// <summary>Titles for the person at the top of the customer.</summary>
    public static readonly IReadOnlyList<string> Top = ["Managing Director", "CEO", "General Manager"];

    /// <summary>Board members without a function of their own in the map (added when Finance or Production is absent).</summary>
    public const string Cfo = "CFO";
    public const string Coo = "COO";

    public static readonly IReadOnlyList<string> Assistant = ["Executive Assistant", "Assistant to the Managing Director"];

    private static readonly Dictionary<(string, Level), string[]> ByFunction = new()
    {
        [(Functions.Purchasing, Level.Executive)] = ["Chief Procurement Officer"],
        [(Functions.Purchasing, Level.Director)] = ["Head of Procurement", "Purchasing Director", "VP Global Sourcing"],
        [(Functions.Purchasing, Level.Manager)] = ["Category Manager", "Purchasing Manager", "Commodity Manager"],
        [(Functions.Purchasing, Level.Specialist)] = ["Strategic Buyer", "Buyer", "Procurement Specialist"],

        [(Functions.Engineering, Level.Executive)] = ["CTO"],
        [(Functions.Engineering, Level.Director)] = ["Head of Engineering", "Director R&D", "VP Engineering"],
        [(Functions.Engineering, Level.Manager)] = ["Engineering Manager", "R&D Group Manager", "Project Manager R&D"],
        [(Functions.Engineering, Level.Specialist)] = ["Design Engineer", "Mechanical Engineer", "Electrical Engineer", "Test Engineer"],

        [(Functions.Production, Level.Executive)] = [Coo],
        [(Functions.Production, Level.Director)] = ["Plant Director", "Head of Operations", "VP Manufacturing"],
        [(Functions.Production, Level.Manager)] = ["Production Manager", "Maintenance Manager", "Shift Manager"],
        [(Functions.Production, Level.Specialist)] = ["Process Engineer", "Maintenance Technician", "Production Planner"],

        [(Functions.Quality, Level.Director)] = ["Head of Quality", "Quality Director"],
        [(Functions.Quality, Level.Manager)] = ["Quality Manager", "QA Manager", "Supplier Quality Manager"],
        [(Functions.Quality, Level.Specialist)] = ["Quality Engineer", "Supplier Quality Engineer", "Validation Specialist"],

        [(Functions.Finance, Level.Executive)] = [Cfo],
        [(Functions.Finance, Level.Director)] = ["Head of Finance", "Head of Controlling", "VP Finance"],
        [(Functions.Finance, Level.Manager)] = ["Financial Controller", "Controlling Manager", "Treasury Manager"],
        [(Functions.Finance, Level.Specialist)] = ["Cost Accountant", "Financial Analyst", "Investment Controller"],

        [(Functions.IT, Level.Executive)] = ["CIO"],
        [(Functions.IT, Level.Director)] = ["Head of IT", "IT Director"],
        [(Functions.IT, Level.Manager)] = ["IT Infrastructure Manager", "ERP Manager", "OT Security Manager"],
        [(Functions.IT, Level.Specialist)] = ["Systems Engineer", "ERP Consultant", "IT Security Specialist"],

        [(Functions.Marketing, Level.Executive)] = ["CMO"],
        [(Functions.Marketing, Level.Director)] = ["Head of Marketing", "Marketing Director"],
        [(Functions.Marketing, Level.Manager)] = ["Product Marketing Manager", "Brand Manager"],
        [(Functions.Marketing, Level.Specialist)] = ["Marketing Specialist", "Market Analyst"],
    };

    private static readonly Dictionary<TeamRole, (string Title, Level Level)[]> ByTeamRole = new()
    {
        [TeamRole.AccountManager] = [("Key Account Manager", Level.Manager), ("Senior Account Manager", Level.Manager), ("Director Key Accounts", Level.Director)],
        [TeamRole.SalesEngineer] = [("Sales Engineer", Level.Specialist), ("Application Engineer", Level.Specialist), ("Technical Sales Manager", Level.Manager)],
        [TeamRole.ProductManager] = [("Product Manager", Level.Manager), ("Senior Product Manager", Level.Manager), ("Head of Product Management", Level.Director)],
        [TeamRole.Service] = [("Service Manager", Level.Manager), ("Field Service Engineer", Level.Specialist), ("Customer Success Manager", Level.Manager)],
        [TeamRole.Marketing] = [("Industry Marketing Manager", Level.Manager), ("Marketing Manager", Level.Manager)],
        [TeamRole.ExecutiveSponsor] = [("Managing Director", Level.Executive), ("Chief Commercial Officer", Level.Executive), ("VP Sales", Level.Director)],
    };

    /// <summary>Titles for a customer person in a function at a level (empty where the map never places one).</summary>
    public static IReadOnlyList<string> For(string function, Level level) =>
        ByFunction.TryGetValue((function, level), out var titles) ? titles : [];

    /// <summary>Titles and levels for one of our people in a team role.</summary>
    public static IReadOnlyList<(string Title, Level Level)> For(TeamRole role) => ByTeamRole[role];

    /// <summary>Every title a customer person can carry.</summary>
    public static IReadOnlySet<string> AllPersonTitles { get; } =
        new HashSet<string>([.. Top, Cfo, Coo, .. Assistant, .. ByFunction.Values.SelectMany(t => t)], StringComparer.Ordinal);

    /// <summary>Every title one of our counterparts can carry.</summary>
    public static IReadOnlySet<string> AllCounterpartTitles { get; } =
        new HashSet<string>(ByTeamRole.Values.SelectMany(t => t.Select(x => x.Title)), StringComparer.Ordinal);
}
