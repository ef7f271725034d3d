using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// What each matched row changes, and the ops of the one commit that writes it all, decided by the
/// model's own rules: <see cref="NodeRules"/> for people and functions, <see cref="EdgeRules"/> for
/// WORKS_IN and REPORTS_TO. An empty cell leaves a field as it is; only differences become ops, so a
/// second import of the same file has none.
/// </summary>
internal static class ContactOps
{
    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<MapOp> Ops) Plan(List<ContactRecord> records, MapIndex index, bool write)
    {
        var map = index.Map;
        var functions = new Dictionary<string, Node>(index.FunctionsByName, StringComparer.Ordinal);
        var nodeOps = new List<MapOp>();
        var removals = new List<MapOp>();
        var connects = new List<(ContactRecord Row, EdgeDraft Draft)>();
        var rows = new List<ImportRow>(records.Count);
        foreach (var r in records)
        {
            if (!r.Active || r.PersonId.Length == 0)
            {
                rows.Add(Row(r, r.Active ? RowAction.Invalid : RowAction.Skipped, []));
                continue;
            }
            var before = r.Target;
            var changes = new List<FieldChange>();
            void Compare(ContactField field, string? now, string? next, StringComparison how = StringComparison.Ordinal)
            {
                if (next is not null && !string.Equals(now, next, how)) changes.Add(new FieldChange(field, now, next));
            }
            Compare(ContactField.FullName, before?.Name, r.Name);
            Compare(ContactField.Title, before?.Title, r.Title);
            Compare(ContactField.Email, before?.Email, r.Email, StringComparison.OrdinalIgnoreCase);
            Compare(ContactField.Phone, before?.Phone, r.Phone);
            Compare(ContactField.LinkedIn, before?.LinkedIn, r.LinkedIn);
            var nodeChanged = changes.Count > 0;

            if (r.Department is { } department)
            {
                var key = HeaderAliases.NameKey(department);
                if (!functions.TryGetValue(key, out var function))
                {
                    functions[key] = function = NodeRules.Create(new NodeDraft { Kind = NodeKind.Function, Name = department });
                    nodeOps.Add(new PutNode(function));
                }
                var current = before is null ? null : map.FunctionOf(before.Id);
                if (current != function.Id)
                {
                    changes.Add(new FieldChange(ContactField.Department, current is null ? null : map.Find(current)?.Name, function.Name));
                    if (current is not null && map.Between(EdgeType.WORKS_IN, before!.Id, current) is { } old) removals.Add(new RemoveEdge(old.Id));
                    connects.Add((r, new EdgeDraft { Type = EdgeType.WORKS_IN, From = r.PersonId, To = function.Id }));
                }
            }
            if (r.ManagerId is { } manager)
            {
                var solid = before is null ? null : index.SolidManager.GetValueOrDefault(before.Id);
                if (solid?.To != manager)
                {
                    changes.Add(new FieldChange(ContactField.ReportsToName, solid is null ? null : map.Find(solid.To)?.Name, r.ManagerName));
                    if (solid is not null) removals.Add(new RemoveEdge(solid.Id));
                    // A dotted line to the new manager becomes the solid one: the rules allow one edge per pair.
                    if (map.Between(EdgeType.REPORTS_TO, r.PersonId, manager) is { Dotted: true } dotted) removals.Add(new RemoveEdge(dotted.Id));
                    connects.Add((r, new EdgeDraft { Type = EdgeType.REPORTS_TO, From = r.PersonId, To = manager }));
                }
            }
            if (write && r.Errors.Count == 0) Rule(r, () => nodeOps.AddRange(before is null ? [New(r)] : nodeChanged ? Update(map, r) : []));
            rows.Add(Row(r, before is null ? RowAction.New : changes.Count > 0 ? RowAction.Update : RowAction.Unchanged, changes));
        }
        if (!write || records.Any(r => r.Errors.Count > 0)) return (Rows(rows, records), []);

        // Removals first and connections after, on one map whose edge list grows in place (its indexes
        // take in what was appended): a changed manager never meets the line it replaces.
        var after = map.With([.. nodeOps, .. removals]);
        var edges = new List<Edge>(after.Edges);
        var work = new AccountMap(after.Account, after.Nodes, edges);
        var edgeOps = new List<MapOp>(connects.Count);
        foreach (var (r, draft) in connects.OrderBy(c => c.Draft.Type == EdgeType.REPORTS_TO))
        {
            Rule(r, () =>
            {
                var ops = EdgeRules.Connect(work, draft);
                edgeOps.AddRange(ops);
                edges.AddRange(ops.OfType<PutEdge>().Select(p => p.Edge));
            });
        }
        return records.Any(r => r.Errors.Count > 0) ? (Rows(rows, records), []) : (rows, [.. nodeOps, .. removals, .. edgeOps]);
    }

    private static PutNode New(ContactRecord r) => new(NodeRules.Create(new NodeDraft
    {
        Kind = NodeKind.Person, Id = r.PersonId, Name = r.Name, Title = r.Title, Email = r.Email, Phone = r.Phone, LinkedIn = r.LinkedIn,
    }));

    private static IReadOnlyList<MapOp> Update(AccountMap map, ContactRecord r) =>
        NodeRules.Update(map, r.PersonId, new NodePatch { Name = r.Name, Title = r.Title, Email = r.Email, Phone = r.Phone, LinkedIn = r.LinkedIn });

    /// <summary>The rules have the last word; what they refuse becomes the row's error, in their words.</summary>
    private static void Rule(ContactRecord r, Action decide)
    {
        try
        {
            decide();
        }
        catch (GraphException ex)
        {
            r.Errors.Add(ImportIssue.At(IssueKind.RuleRefused, r.Source, ex.Message));
        }
    }

    /// <summary>Rows carry their errors as they stood when built; refusals found later are added here.</summary>
    private static List<ImportRow> Rows(List<ImportRow> rows, List<ContactRecord> records) =>
        [.. rows.Select((row, i) => row.Errors.Count == records[i].Errors.Count ? row : row with { Errors = [.. records[i].Errors] })];

    private static ImportRow Row(ContactRecord r, RowAction action, IReadOnlyList<FieldChange> changes) => new()
    {
        Row = r.Source.Row, Line = r.Source.Line, Action = action, Name = r.Name ?? r.Target?.Name, Email = r.Email,
        PersonId = r.PersonId.Length > 0 ? r.PersonId : null, MatchedBy = r.MatchedBy, CurrentName = r.Target?.Name,
        Function = r.Department, ReportsTo = r.ManagerName ?? r.Manager?.Value, LinkedIn = r.LinkedIn, Changes = changes,
        Skip = r.Skip, Errors = [.. r.Errors],
    };
}
