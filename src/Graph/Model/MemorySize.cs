namespace SalesOps.Graph.Model;

/// <summary>
/// What a map (or something built from one) costs in memory, estimated from its counts, so caches
/// can be bounded in bytes rather than in entries: one 500-person map weighs as much as a hundred small ones.
/// The per-element figures are what a gcdump shows for generated accounts (a node with its strings,
/// lists and index entries; an edge likewise), rounded up: an estimate errs on the side of holding less.
/// </summary>
public static class MemorySize
{
    public const long PerNode = 1_200;
    public const long PerEdge = 300;
    public const long PerMap = 2_048;

    public static long Of(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return PerMap + map.Nodes.Count * PerNode + map.Edges.Count * PerEdge;
    }
}
