using System.Text;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Accounts as a plain Cypher script, for people who load them into a Neo4j of their own: the same
/// graph <see cref="Neo4jStore.CreateAccountAsync(AccountMap, Author, CancellationToken)"/> writes (properties from <see cref="Neo4jRows"/>,
/// version 1, seq in map order), so SalesOps pointed at that database reads the maps back as they were.
/// One statement per line, each ending in ';' — a CREATE per account and node, a MATCH … CREATE per
/// relationship — with values as escaped literals (<see cref="CypherLiteral"/>), labels and types only
/// from <see cref="Cypher.Label"/> and <see cref="Cypher.RelType"/>, and no schema statements. Runs on
/// Neo4j 3.x to 5.x. Comments carry ids only when they are plain ids, so no text can end a comment line.
/// </summary>
public static class CypherScript
{
    public static string Write(IEnumerable<AccountMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var list = maps.ToList();
        var sb = new StringBuilder()
            .Append("// SalesOps accounts as Cypher (Neo4j 3.x to 5.x): ").Append(Count(list.Count, "account")).Append('\n')
            .Append("// One statement per line. Load into a database without these accounts, e.g. cypher-shell -u neo4j -p … < this-file.cypher\n")
            .Append("// SalesOps creates its uniqueness constraints on :Account(id) and :Node(id) when it starts against the database;\n")
            .Append("// with them in place before a large load, each MATCH below finds its nodes by index.\n");
        foreach (var map in list) WriteAccount(sb, map);
        return sb.ToString();
    }

    private static void WriteAccount(StringBuilder sb, AccountMap map)
    {
        var id = map.Account.Id;
        sb.Append('\n').Append("// account").Append(Ids.IsValid(id) ? " " + id : "")
            .Append(": ").Append(Count(map.Nodes.Count, "node")).Append(", ").Append(Count(map.Edges.Count, "relationship")).Append('\n');
        // seq is the creation order (nodes, then edges); the account keeps the next number, as the store does.
        var account = Neo4jRows.Props(map.Account with { Version = 1 });
        account["seq"] = (long)(map.Nodes.Count + map.Edges.Count);
        sb.Append("CREATE (:Account ").Append(Map(account)).Append(");\n");
        long seq = 0;
        foreach (var node in map.Nodes)
        {
            var props = Neo4jRows.Props(id, node with { Version = 1 });
            props["seq"] = seq++;
            sb.Append("CREATE (:Node:").Append(Cypher.Label(node.Kind)).Append(' ').Append(Map(props)).Append(");\n");
        }
        foreach (var edge in map.Edges)
        {
            var props = Neo4jRows.Props(id, edge with { Version = 1 });
            props["seq"] = seq++;
            sb.Append("MATCH (x:Node {id: ").Append(CypherLiteral.Text(edge.From)).Append(", accountId: ").Append(CypherLiteral.Text(id))
                .Append("}), (y:Node {id: ").Append(CypherLiteral.Text(edge.To)).Append(", accountId: ").Append(CypherLiteral.Text(id))
                .Append("}) CREATE (x)-[:").Append(Cypher.RelType(edge.Type)).Append(' ').Append(Map(props)).Append("]->(y);\n");
        }
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    /// <summary>A map literal; null values are left out, as the store never keeps a null property.</summary>
    private static string Map(Dictionary<string, object?> props)
    {
        var entries = props.Where(p => p.Value is not null).Select(p =>
        {
            // Keys are the store's own property names; refuse anything that would need quoting.
            if (p.Key.Length == 0 || !char.IsAsciiLetter(p.Key[0]) || !p.Key.All(char.IsAsciiLetterOrDigit))
                throw new InvalidOperationException($"'{p.Key}' is not a plain property name.");
            return $"{p.Key}: {CypherLiteral.Of(p.Value)}";
        });
        return "{" + string.Join(", ", entries) + "}";
    }
}
