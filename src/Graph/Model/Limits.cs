namespace SalesOps.Graph.Model;

/// <summary>
/// How big things may get, the same in the API, the pages, the import and the CLI (README, "Limits").
/// Text lengths are the rules' own (NodeRules, ContactLimits). A write past a limit is refused whole,
/// as Invalid (400) naming the limit in its field ("limit:…"); a document too big to read as TooLarge (413).
/// Big enough for the largest account measured (20,000 people, 69,508 edges: docs/benchmarks.md) with room.
/// </summary>
public static class Limits
{
    /// <summary>Nodes of every kind in one account (people, counterparts, functions, meetings, concerns, arguments).</summary>
    public const int NodesPerAccount = 30_000;

    public const int EdgesPerAccount = 120_000;

    /// <summary>People and counterparts at one meeting: logging it touches every counterpart × person pair.</summary>
    public const int ParticipantsPerMeeting = 50;

    /// <summary>
    /// Dated entries of an account's position history. The pages and the API add one a day at most
    /// (27 years of daily changes); an imported history is held to the same number.
    /// </summary>
    public const int HistoryEntriesPerAccount = 10_000;

    /// <summary>An export document to import (API body or CLI file): 64 MiB, about 70,000 people.</summary>
    public const long ImportDocumentBytes = 64L * 1024 * 1024;

    /// <summary>Refuses a change that would take the map past a count limit: O(ops), so every write can afford it.</summary>
    public static void Check(AccountMap map, IReadOnlyList<MapOp> ops)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(ops);
        int nodes = 0, edges = 0;
        foreach (var op in ops)
        {
            if (op is PutNode n && map.Find(n.Node.Id) is null) nodes++;
            else if (op is PutEdge e && map.FindEdge(e.Edge.Id) is null) edges++;
        }
        Counts(map.Nodes.Count + nodes, map.Edges.Count + edges, field: null);
    }

    /// <summary>Refuses counts past the limits (an import checks a whole account up front with it).</summary>
    public static void Counts(int nodes, int edges, string? field)
    {
        if (nodes > NodesPerAccount)
            throw GraphException.Invalid(Errors.Say("Limits.Nodes", NodesPerAccount, nodes), field ?? "limit:nodesPerAccount");
        if (edges > EdgesPerAccount)
            throw GraphException.Invalid(Errors.Say("Limits.Edges", EdgesPerAccount, edges), field ?? "limit:edgesPerAccount");
    }

    public static void Participants(int count)
    {
        if (count > ParticipantsPerMeeting)
            throw GraphException.Invalid(Errors.Say("Limits.Participants", ParticipantsPerMeeting, count), "limit:participantsPerMeeting");
    }

    /// <summary>Refuses a position history past <see cref="HistoryEntriesPerAccount"/>.</summary>
    public static void HistoryEntries(int count)
    {
        if (count > HistoryEntriesPerAccount)
            throw GraphException.Invalid(Errors.Say("Limits.History", HistoryEntriesPerAccount, count), "limit:historyEntriesPerAccount");
    }

    public static GraphException DocumentTooLarge() => new(GraphError.TooLarge,
        Errors.Say("Limits.Document", ImportDocumentBytes / (1024 * 1024)), "limit:importDocumentBytes");
}
