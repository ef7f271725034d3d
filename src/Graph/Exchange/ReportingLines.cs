using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// Turns each row's reports-to cell into a person: by record id among the file's rows; by e-mail or
/// name among the rows first, then on the map. Then checks that the reporting lines the import would
/// leave (the map's solid lines, with the file's in place of those it changes) never go round in a circle.
/// </summary>
internal static class ReportingLines
{
    public static void Resolve(List<ContactRecord> records, MapIndex index)
    {
        var live = records.Where(r => r.Active && r.PersonId.Length > 0).ToList();
        var byId = new Dictionary<string, ContactRecord>(StringComparer.Ordinal);
        var byEmail = new Dictionary<string, ContactRecord>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<ContactRecord>>(StringComparer.Ordinal);
        foreach (var r in live)
        {
            if (r.SourceId is { } id) byId.TryAdd(id, r);
            if (r.Email is { } mail) byEmail.TryAdd(MapIndex.Mail(mail), r);
            if (r.Name is { } name)
            {
                if (!byName.TryGetValue(HeaderAliases.NameKey(name), out var list)) byName[HeaderAliases.NameKey(name)] = list = [];
                list.Add(r);
            }
        }
        foreach (var r in live)
        {
            if (r.Manager is not { } m) continue;
            (string Id, string Name)? found = null;
            var count = 0;
            switch (m.Field)
            {
                case ContactField.ReportsToId when byId.TryGetValue(m.Value, out var row):
                    (found, count) = (Person(row), 1);
                    break;
                case ContactField.ReportsToEmail when byEmail.TryGetValue(MapIndex.Mail(m.Value), out var row):
                    (found, count) = (Person(row), 1);
                    break;
                case ContactField.ReportsToEmail when index.PeopleByEmail.TryGetValue(MapIndex.Mail(m.Value), out var people):
                    (found, count) = ((people[0].Id, people[0].Name), 1);
                    break;
                case ContactField.ReportsToName when byName.TryGetValue(HeaderAliases.NameKey(m.Value), out var rows):
                    (found, count) = (Person(rows[0]), rows.Count);
                    break;
                case ContactField.ReportsToName when index.PeopleByName.TryGetValue(HeaderAliases.NameKey(m.Value), out var people):
                    (found, count) = ((people[0].Id, people[0].Name), people.Count);
                    break;
            }
            if (found is not { } manager) r.Errors.Add(ImportIssue.At(IssueKind.ManagerNotFound, r.Source, m.Column, m.Value));
            else if (count > 1) r.Errors.Add(ImportIssue.At(IssueKind.ManagerAmbiguous, r.Source, m.Column, m.Value, count.ToString(CultureInfo.InvariantCulture)));
            else if (manager.Id == r.PersonId) r.Errors.Add(ImportIssue.At(IssueKind.ReportsToSelf, r.Source, m.Column, r.Name ?? m.Value));
            else (r.ManagerId, r.ManagerName) = manager;
        }
        FindCycles(live, index);
    }

    private static (string, string) Person(ContactRecord r) => (r.PersonId, r.Name ?? r.Target?.Name ?? r.Email ?? r.PersonId);

    /// <summary>Each person has at most one solid manager, so the lines form chains; a walk up that meets itself is a circle.</summary>
    private static void FindCycles(List<ContactRecord> live, MapIndex index)
    {
        var managerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (person, edge) in index.SolidManager) managerOf[person] = edge.To;
        var rowOf = new Dictionary<string, ContactRecord>(StringComparer.Ordinal);
        foreach (var r in live)
        {
            rowOf.TryAdd(r.PersonId, r);
            if (r.ManagerId is { } m) managerOf[r.PersonId] = m;
        }
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the current walk, 2: done
        foreach (var start in live.Where(r => r.ManagerId is not null))
        {
            var path = new List<string>();
            var at = start.PersonId;
            while (at is not null && !state.ContainsKey(at))
            {
                state[at] = 1;
                path.Add(at);
                at = managerOf.GetValueOrDefault(at);
            }
            if (at is not null && state[at] == 1)
            {
                var circle = path[path.IndexOf(at)..];
                string Name(string id) => rowOf.TryGetValue(id, out var row) ? Person(row).Item2 : index.Map.Find(id)?.Name ?? id;
                var words = string.Join(" → ", circle.Append(at).Select(Name));
                foreach (var id in circle)
                    if (rowOf.TryGetValue(id, out var row) && row.ManagerId is not null) row.Errors.Add(ImportIssue.At(IssueKind.ReportingCycle, row.Source, words));
            }
            foreach (var id in path) state[id] = 2;
        }
    }
}
