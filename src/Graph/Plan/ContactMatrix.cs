using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>How well a pair's levels match: same level, one step apart, or two and more.</summary>
public enum PeerFit { Peer, Acceptable, Mismatch, Unknown }

public sealed record MatrixColumn(Node Person, string? FunctionName, bool Member);

/// <summary>A pair to plan, with <see cref="Why"/> in the reader's language.</summary>
public sealed record Suggestion(string PersonId, string CounterpartId, PeerFit Fit, string Why);

/// <summary>
/// Who of ours talks with whom of theirs: rows are our counterparts, columns the customer's people
/// grouped by function (buying-center members first in each group), cells the TALKS_WITH edges.
/// <see cref="WithoutPeer"/> are the buying-center members nobody of ours talks with (or plans to) at
/// their level, suggested or not: a suggestion needs known levels and someone of ours still free.
/// </summary>
public sealed partial record ContactMatrix(
    IReadOnlyList<Node> Rows,
    IReadOnlyList<MatrixColumn> Columns,
    IReadOnlyDictionary<(string Counterpart, string Person), Edge> Cells,
    IReadOnlyList<Suggestion> Suggestions,
    IReadOnlyList<Node> WithoutPeer)
{
    public static PeerFit Fit(Level? ours, Level? theirs) => (ours, theirs) switch
    {
        ({ } a, { } b) => a.Distance(b) switch { 0 => PeerFit.Peer, 1 => PeerFit.Acceptable, _ => PeerFit.Mismatch },
        _ => PeerFit.Unknown,
    };

    /// <summary>A buying-center member: holds any buying role, or has high influence.</summary>
    public static bool IsMember(Node person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Kind == NodeKind.Person && (person.Roles.Count > 0 || person.Influence == Influence.High);
    }

    /// <summary>
    /// The customer's people someone of ours really talks with: a TALKS_WITH that is more than planned. The one
    /// definition of "in touch" that risks, the sheet and the map's filter share.
    /// </summary>
    public static HashSet<string> TalkedTo(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH && e.Status != RelationshipStatus.Planned).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
    }

    public Edge? Cell(string counterpartId, string personId) => Cells.GetValueOrDefault((counterpartId, personId));

    /// <summary>The matrix of <paramref name="map"/>, its suggestions said in the reader's language (<paramref name="text"/>).</summary>
    public static ContactMatrix Build(AccountMap map, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(map);
        var rows = map.OfKind(NodeKind.Counterpart).OrderBy(c => c.Level ?? Level.Specialist).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        string? FunctionName(Node p) => map.FunctionOf(p.Id) is { } f ? map.Find(f)?.Name : null;
        Involvement InvolvementOf(Node p) => map.FunctionOf(p.Id) is { } f ? map.Find(f)?.Involvement ?? Involvement.None : Involvement.None;
        var columns = map.OfKind(NodeKind.Person)
            .OrderBy(InvolvementOf)
            .ThenBy(p => FunctionName(p) ?? "\uffff", StringComparer.CurrentCulture)
            .ThenBy(p => IsMember(p) ? 0 : 1)
            .ThenBy(p => p.Level ?? Level.Specialist)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new MatrixColumn(p, FunctionName(p), IsMember(p)))
            .ToList();
        var cells = map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).ToDictionary(e => (e.From, e.To));
        var withoutPeer = columns.Where(c => c.Member && !rows.Any(r => cells.ContainsKey((r.Id, c.Person.Id)) && Fit(r.Level, c.Person.Level) == PeerFit.Peer))
            .Select(c => c.Person).ToList();
        return new ContactMatrix(rows, columns, cells, PeerPlanner.Suggest(map, rows, columns.Select(c => c.Person), cells, text), withoutPeer);
    }
}
