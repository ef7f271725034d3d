using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// The map as it was, shown instead of today's: one version (<see cref="Compared"/> null), or two points
/// compared (the later map, with what the earlier one had and the later lost drawn as gone, and marks).
/// </summary>
public sealed record PastView(long Version, DateTimeOffset? At, MapComparison? Compared = null);

// Looking back: the page shows a past map read-only while today's keeps arriving underneath.
public sealed partial class MapSession
{
    private AccountMap? _present;
    private bool _lockedBefore;

    /// <summary>What is shown when it is the past; null: today's map.</summary>
    public PastView? Past { get; private set; }

    /// <summary>Today's map, whatever is shown.</summary>
    public AccountMap Now => _present ?? Map;

    /// <summary>Showing the past: nothing can be changed, cards do not move.</summary>
    public bool ReadOnly => Past is not null;

    /// <summary>Shows the map as of a version, read-only, until <see cref="BackToNow"/>.</summary>
    public void ShowPast(AccountMap then, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(then);
        Enter(new PastView(then.Version, at));
        View.Update(then);
        View.Mark(null);
    }

    /// <summary>Shows two points compared: the later map with the earlier one's removed elements, marked added, removed or changed.</summary>
    public void ShowComparison(MapComparison compared, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(compared);
        Enter(new PastView(compared.To.Version, at, compared));
        var gone = compared.Delta.Nodes.Where(n => n.How == Delta.Removed).Select(n => n.Node).ToList();
        var goneEdges = compared.Delta.Edges.Where(e => e.How == Delta.Removed).Select(e => e.Edge).ToList();
        View.Update(compared.To with { Nodes = [.. compared.To.Nodes, .. gone], Edges = [.. compared.To.Edges, .. goneEdges] });
        View.Mark(compared.Delta.Marks());
    }

    /// <summary>Back to today's map, as locked as it was before (a viewer's stays read-only).</summary>
    public void BackToNow()
    {
        if (_present is not { } now) return;
        (_present, Past) = (null, null);
        View.Mark(null);
        View.Update(now);
        View.SetReadOnly(_lockedBefore);
    }

    /// <summary>A newer map of today: shown, or kept underneath while the past is shown.</summary>
    private void Show(AccountMap now)
    {
        now = _shared.Intern(now);
        if (_present is not null) _present = now;
        else View.Update(now);
    }

    private void Enter(PastView past)
    {
        // The past is not sketched on: a what-if open over today's map is left first.
        if (Sketch is not null) LeaveSketch();
        if (_present is null) _lockedBefore = View.ReadOnly;
        _present ??= Map;
        Past = past;
        ClosePanel();
        View.Diagram.UnselectAll();
        View.Highlight(null);
        View.SetReadOnly(true);
    }
}
