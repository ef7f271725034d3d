using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>
/// When a store keeps a whole map with a commit, so that the map as of any version is a checkpoint plus
/// a bounded number of commits: every 100 versions, and for big maps more rarely (one element in twenty
/// per version, so the checkpoints of an account cost about as much as its commits).
/// </summary>
public static class Checkpoints
{
    public const int Every = 100;

    public static int Interval(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Math.Max(Every, (map.Nodes.Count + map.Edges.Count) / 20);
    }

    public static bool Due(AccountMap after) => after.Version > 1 && after.Version % Interval(after) == 0;
}
