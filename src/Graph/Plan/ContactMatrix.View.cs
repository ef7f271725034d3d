using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>Which of the customer's people the matrix shows as columns.</summary>
public enum MatrixShow
{
    Everyone,
    /// <summary>Buying-center members only.</summary>
    Members,
    /// <summary>People nobody of ours talks with yet (planned ones count as not yet), and members without a peer-level contact.</summary>
    Gaps,
}

/// <summary>A header over the columns of one function, in the columns' order; <see cref="FunctionName"/> null for people without one.</summary>
public sealed record MatrixGroup(string? FunctionName, int Span);

// What a reader narrows a big matrix to (500 columns do not fit a screen): one function, the members, the gaps.
public sealed partial record ContactMatrix
{
    private HashSet<string>? _contacted, _withoutPeer;

    /// <summary>The functions the columns belong to, in their order, each once ("No function" last when some have none).</summary>
    public IReadOnlyList<string?> Functions => [.. Columns.Select(c => c.FunctionName).Distinct()];

    /// <summary>Someone of ours talks with <paramref name="personId"/> (more than planned).</summary>
    public bool Contacted(string personId)
    {
        _contacted ??= new HashSet<string>(Cells.Values.Where(e => e.Status != RelationshipStatus.Planned).Select(e => e.To), StringComparer.Ordinal);
        return _contacted.Contains(personId);
    }

    /// <summary>A column the team should fill: nobody of ours talks with them yet, or a member without a peer-level contact.</summary>
    public bool IsGap(MatrixColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        _withoutPeer ??= new HashSet<string>(WithoutPeer.Select(p => p.Id), StringComparer.Ordinal);
        return !Contacted(column.Person.Id) || _withoutPeer.Contains(column.Person.Id);
    }

    /// <summary>
    /// The columns of one function (<paramref name="function"/>; null: every function, <paramref name="noFunction"/>: only
    /// people without one) that <paramref name="show"/> keeps, in the matrix's order.
    /// </summary>
    public IReadOnlyList<MatrixColumn> Shown(string? function, bool noFunction, MatrixShow show) =>
    [
        .. Columns.Where(c => noFunction ? c.FunctionName is null : function is null || c.FunctionName == function)
            .Where(c => show switch { MatrixShow.Members => c.Member, MatrixShow.Gaps => IsGap(c), _ => true }),
    ];

    /// <summary>The function headers over <paramref name="columns"/>: one per run of columns of the same function.</summary>
    public static IReadOnlyList<MatrixGroup> Groups(IReadOnlyList<MatrixColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var groups = new List<MatrixGroup>();
        foreach (var c in columns)
        {
            if (groups.Count > 0 && groups[^1].FunctionName == c.FunctionName) groups[^1] = groups[^1] with { Span = groups[^1].Span + 1 };
            else groups.Add(new MatrixGroup(c.FunctionName, 1));
        }
        return groups;
    }
}
