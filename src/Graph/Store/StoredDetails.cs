using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store;

/// <summary>
/// The fields that are not columns (the account plan's: meetings, concerns, arguments, answers,
/// position history; and fields added since, such as a person's profile link) travel as one JSON text
/// per row or graph element in both stores: they are read and written whole, never queried by the
/// store, and a new field needs no schema change. Null when there is nothing to keep.
/// </summary>
public static class StoredDetails
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record NodeDetails(DateOnly? Date, MeetingMethod? Method, string? Topic, string? Outcome, string? NextSteps,
        string? Text, bool Held, IReadOnlyList<DocumentLink>? Documents, string? LinkedIn = null);

    private sealed record EdgeDetails(ArgumentResult? Result, DateOnly? Date);

    public static string? Of(Node n)
    {
        ArgumentNullException.ThrowIfNull(n);
        var d = new NodeDetails(n.Date, n.Method, n.Topic, n.Outcome, n.NextSteps, n.Text, n.Held, n.Documents.Count == 0 ? null : n.Documents, n.LinkedIn);
        return d == new NodeDetails(null, null, null, null, null, null, false, null) ? null : JsonSerializer.Serialize(d, Options);
    }

    public static Node Into(Node n, string? json)
    {
        ArgumentNullException.ThrowIfNull(n);
        if (string.IsNullOrEmpty(json)) return n;
        var d = JsonSerializer.Deserialize<NodeDetails>(json, Options)!;
        return n with
        {
            Date = d.Date, Method = d.Method, Topic = d.Topic, Outcome = d.Outcome, NextSteps = d.NextSteps, Text = d.Text,
            Held = d.Held, Documents = d.Documents ?? [], LinkedIn = d.LinkedIn,
        };
    }

    public static string? Of(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Result is null && e.Date is null ? null : JsonSerializer.Serialize(new EdgeDetails(e.Result, e.Date), Options);
    }

    public static Edge Into(Edge e, string? json)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (string.IsNullOrEmpty(json)) return e;
        var d = JsonSerializer.Deserialize<EdgeDetails>(json, Options)!;
        return e with { Result = d.Result, Date = d.Date };
    }

    public static string? Of(IReadOnlyList<PositionChange> history) =>
        history is null || history.Count == 0 ? null : JsonSerializer.Serialize(history, Options);

    public static IReadOnlyList<PositionChange> History(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PositionChange>>(json, Options) ?? [];
}
