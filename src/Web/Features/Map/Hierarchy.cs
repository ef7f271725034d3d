using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// The customer's people as layered drawings of the solid reporting lines (managers above their people), one per
/// function, by GraphShape's Sugiyama layout (Eiglsperger's efficient variant: layering, crossing minimisation by
/// layer sweeps, Brandes–Köpf placement), which keeps cards at least a slot apart within a layer; then the
/// functions' drawings packed together (<see cref="FunctionBlock"/>).
/// <list type="bullet">
/// <item>Dotted lines do not shape the layers: they are informal second lines that often cross functions, and as
/// layering constraints they would push people a layer below their second boss and tear functions apart; they
/// are still drawn, and counted by <see cref="LayoutQuality.Crossings"/>.</item>
/// <item>A function's drawing starts at its people whose manager is in another function (or who have none), below
/// an invisible root, so a function is one compact block; the line to the manager elsewhere runs between blocks.</item>
/// <item>A manager's people who manage nobody (in the function) stand in columns of up to four, as in an org
/// chart: one tall vertex for the algorithm. Without that, a 500-person account is one band of 260 cards.</item>
/// <item>Deterministic: vertices and edges go in in a fixed order (<see cref="ReportingTree"/>) and the algorithm
/// draws no random numbers.</item>
/// </list>
/// </summary>
internal static class Hierarchy
{
    private const double StackStep = MapLayout.CardHeight + 25;
    private const int StackSize = 4;
    private const string RootMark = "\u0001function:";
    private const string StackMark = "\u0001stack:";

    public static Dictionary<string, (double X, double Y)> Place(AccountMap map)
    {
        var tree = ReportingTree.Of(map);
        var blocks = tree.RootsByFunction.Select(f => new FunctionBlock(f.Function, Draw(tree, f.Function, f.Roots))).ToList();
        return FunctionBlock.Pack(blocks, tree);
    }

    /// <summary>One function's people, from the given roots down through their people of the same function; top-left at (0, 0).</summary>
    private static Dictionary<string, (double X, double Y)> Draw(ReportingTree tree, string function, IReadOnlyList<string> roots)
    {
        var placed = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var graph = new BidirectionalGraph<string, Edge<string>>(allowParallelEdges: false);
        var stacks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var card = new Size(MapLayout.CardWidth, MapLayout.CardHeight);
        var sizes = new Dictionary<string, Size>(StringComparer.Ordinal);
        void Vertex(string id, Size size)
        {
            graph.AddVertex(id);
            sizes[id] = size;
        }
        bool Leaf(string id) => !tree.KidsAlike(id).Any();
        void Below(string parent, IReadOnlyList<string> kids)
        {
            // Kids who manage nobody here stack in columns; the others (and a lone such kid) stand alone, in order.
            var leaves = kids.Where(Leaf).ToList();
            var columns = leaves.Count < 2 ? [] : leaves.Chunk(StackSize).ToList();
            var stacked = leaves.Count < 2 ? [] : leaves.ToHashSet(StringComparer.Ordinal);
            foreach (var kid in kids)
            {
                if (!stacked.Contains(kid))
                {
                    Vertex(kid, card);
                    graph.AddEdge(new Edge<string>(parent, kid));
                    continue;
                }
                if (columns.FirstOrDefault(c => c[0] == kid) is not { } column) continue;
                var id = StackMark + kid;
                stacks[id] = [.. column];
                Vertex(id, new Size(MapLayout.CardWidth, MapLayout.CardHeight + (column.Length - 1) * StackStep));
                graph.AddEdge(new Edge<string>(parent, id));
            }
            foreach (var kid in kids.Where(k => !stacked.Contains(k))) Below(kid, [.. tree.KidsAlike(kid)]);
        }

        Vertex(RootMark + function, card);
        Below(RootMark + function, roots);

        var parameters = new SugiyamaLayoutParameters
        {
            Direction = LayoutDirection.TopToBottom,
            LayerGap = MapLayout.RowHeight - MapLayout.CardHeight,
            SliceGap = MapLayout.SlotWidth - MapLayout.CardWidth,
            // One of the four Brandes–Köpf alignments, not their average: in GraphShape 1.2.1 the lower-left one
            // can reorder a layer, and the average then crosses reporting lines (305 crossings on a 500-person tree).
            PositionMode = 0,
        };
        var sugiyama = new SugiyamaLayoutAlgorithm<string, Edge<string>, BidirectionalGraph<string, Edge<string>>>(graph, sizes, parameters);
        sugiyama.Compute();

        // Positions come back as centres; a card's place is its top-left corner. The invisible root's layer goes.
        foreach (var (id, centre) in sugiyama.VerticesPositions)
        {
            if (id.StartsWith(RootMark, StringComparison.Ordinal)) continue;
            var size = sizes[id];
            var (left, top) = (centre.X - size.Width / 2, centre.Y - size.Height / 2);
            if (stacks.TryGetValue(id, out var column))
            {
                for (var i = 0; i < column.Count; i++) placed[column[i]] = (left, top + i * StackStep);
            }
            else placed[id] = (left, top);
        }
        var (minX, minY) = (placed.Values.Min(p => p.X), placed.Values.Min(p => p.Y));
        foreach (var id in placed.Keys.ToList())
            placed[id] = (Math.Round(placed[id].X - minX), Math.Round(placed[id].Y - minY));
        return placed;
    }
}
