using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>The map's people, counterparts and functions by e-mail and name, and each person's solid manager, built once per preview.</summary>
internal sealed class MapIndex
{
    public MapIndex(AccountMap map)
    {
        Map = map;
        foreach (var n in map.Nodes)
        {
            switch (n.Kind)
            {
                case NodeKind.Person:
                    if (n.Email is { } email) Add(PeopleByEmail, Mail(email), n);
                    Add(PeopleByName, HeaderAliases.NameKey(n.Name), n);
                    break;
                case NodeKind.Counterpart when n.Email is { } ours:
                    OursByEmail.TryAdd(Mail(ours), n);
                    break;
                case NodeKind.Function:
                    FunctionsByName.TryAdd(HeaderAliases.NameKey(n.Name), n);
                    break;
            }
        }
        foreach (var e in map.Edges)
            if (e.Type == EdgeType.REPORTS_TO && !e.Dotted) SolidManager.TryAdd(e.From, e);
    }

    public AccountMap Map { get; }
    public Dictionary<string, List<Node>> PeopleByEmail { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<Node>> PeopleByName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Node> OursByEmail { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Node> FunctionsByName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Edge> SolidManager { get; } = new(StringComparer.Ordinal);

    public static string Mail(string email) => email.Trim().ToLowerInvariant();

    private static void Add(Dictionary<string, List<Node>> index, string key, Node n)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(n);
    }
}
