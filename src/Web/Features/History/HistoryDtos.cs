using Microsoft.Extensions.Localization;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.History;

// The history as the API shows it: each change with its author, time and kind, its items in words and as
// data (field values as the model holds them: ids, enum names, numbers, days), and the names they mention.

public sealed record AuthorDto(string? UserId, string Name);

public sealed record FieldDto(string Field, object? Before, object? After, string Words);

public sealed record ItemDto(string What, string Sentence, string? ElementId, NodeKind? Kind, EdgeType? Type, string? From, string? To, IReadOnlyList<FieldDto>? Fields, IReadOnlyList<string> Focus);

public sealed record ChangeDto(long Version, DateTimeOffset At, AuthorDto By, ChangeKind Kind, long? Of, IReadOnlyList<ItemDto> Items, IReadOnlyDictionary<string, string> Names)
{
    public static ChangeDto From(HistoryEntry e, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(e);
        var items = e.Items.Select(i => new ItemDto(i.What.ToString(), HistoryWords.Sentence(e, i, today, text), i.ElementId, i.Node?.Kind, i.Edge?.Type,
            i.Edge?.From, i.Edge?.To, i.Fields.Count == 0 ? null : [.. i.Fields.Select(f => Field(f, e.Name, today, text))], i.Focus)).ToList();
        return new ChangeDto(e.Version, e.At, new AuthorDto(e.By.UserId, e.By.Name), e.Kind, e.By.Of, items, e.Names);
    }

    public static FieldDto Field(FieldChange f, Func<string?, string> name, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new FieldDto(f.Field, f.Before, f.After, HistoryWords.Phrase(f, name, today, text));
    }
}

public sealed record HistoryDto(string AccountId, IReadOnlyList<ChangeDto> Changes, bool More);

public sealed record NodeDeltaDto(string Id, Delta How, NodeKind Kind, string Name, IReadOnlyList<FieldDto>? Fields);

public sealed record EdgeDeltaDto(string Id, Delta How, EdgeType Type, string From, string To, string Relationship, IReadOnlyList<FieldDto>? Fields);

/// <summary>Two points compared: people and relationships added, removed and changed, and the account's own fields.</summary>
public sealed record DiffDto(string AccountId, long From, long To, IReadOnlyList<NodeDeltaDto> Nodes, IReadOnlyList<EdgeDeltaDto> Edges, IReadOnlyList<FieldDto> Account)
{
    public static DiffDto Of(string accountId, MapComparison c, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(c);
        IReadOnlyList<FieldDto>? Fields(IReadOnlyList<FieldChange> f) => f.Count == 0 ? null : [.. f.Select(x => ChangeDto.Field(x, c.Name, today, text))];
        return new DiffDto(accountId, c.Delta.From, c.Delta.To,
            [.. c.Delta.Nodes.Select(n => new NodeDeltaDto(n.Id, n.How, n.Node.Kind, n.Node.Name, Fields(n.Fields)))],
            [.. c.Delta.Edges.Select(e => new EdgeDeltaDto(e.Id, e.How, e.Edge.Type, e.Edge.From, e.Edge.To, HistoryWords.Relationship(text, e.Edge, c.Name), Fields(e.Fields)))],
            Fields(c.Delta.Account) ?? []);
    }
}

/// <summary>What an undo or restore did: the new version (null when nothing could be put back) and what it said.</summary>
public sealed record RevertDto(long? Version, string Words, int Restored, int NotRestored);
