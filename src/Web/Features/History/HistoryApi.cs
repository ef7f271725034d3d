using Microsoft.Extensions.Localization;
using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.History;

namespace SalesOps.Web.Features.History;

/// <summary>
/// GET …/history (newest first; since, until, user, element; before and limit to page), GET …/diff?from=&amp;to=,
/// and undo and restore of a change. The map as of a point is GET …/map?asOf= (the map's own endpoint).
/// </summary>
public static class HistoryApi
{
    public static void MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}").WithTags("History");

        api.MapGet("/history", async (string accountId, string? since, string? until, string? user, string? element, long? before, int? limit,
            IMediator m, TimeProvider clock, IStringLocalizer<Text> text, CancellationToken ct) =>
        {
            var filter = new HistoryFilter
            {
                Since = Instant(since, "since", end: false, text), Until = Instant(until, "until", end: true, text), UserId = Blank(user), ElementId = Blank(element),
                Before = before, Limit = limit ?? 100,
            };
            var page = await m.Send(new GetHistory(accountId, filter), ct);
            return new HistoryDto(accountId, [.. page.Entries.Select(e => ChangeDto.From(e, clock.Today(), text))], page.More);
        }).WithSummary("The account's changes, newest first, in words and as data; since/until are days (yyyy-MM-dd, until inclusive) or instants.")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/diff", async (string accountId, string from, string? to, IMediator m, TimeProvider clock, IStringLocalizer<Text> text, CancellationToken ct) =>
        {
            var comparison = await m.Send(new CompareMaps(accountId, AsOf.Parse(from, "from", text), to is null ? AsOf.At(long.MaxValue) : AsOf.Parse(to, "to", text)), ct);
            return DiffDto.Of(accountId, comparison, clock.Today(), text);
        }).WithSummary("What changed between two points (a version, a day or an instant; to defaults to now): people and relationships added, removed and changed.")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapPost("/history/{version:long}/undo", async (string accountId, long version, IMediator m, CancellationToken ct) =>
            Dto(await m.Send(new UndoChange(accountId, version), ct)))
            .WithSummary("Undoes your own change: only the fields you changed, and only where nobody changed them since.")
            .ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/history/{version:long}/restore", async (string accountId, long version, string element, string? field, IMediator m, CancellationToken ct) =>
            Dto(await m.Send(new RestoreChange(accountId, version, element, Blank(field)), ct)))
            .WithSummary("Restores, as a new change, an element that change removed (a person with their relationships) or a field's value before it.")
            .ProducesProblem(400).ProducesProblem(404);
    }

    private static RevertDto Dto(RevertOutcome o) => new(o.Result?.Version, o.Words, o.Plan.Done.Count, o.Plan.Skipped.Count);

    /// <summary>A day (its start for since, its end for until, UTC) or an instant.</summary>
    private static DateTimeOffset? Instant(string? text, string field, bool end, IStringLocalizer<Text> words)
    {
        if (Blank(text) is not { } t) return null;
        var at = AsOf.Parse(t, field, words);
        if (at.Version is not null) throw Graph.Model.GraphException.Invalid(words["Error.History.NotADay", t], field);
        // AsOf reads a day as its end; "since" a day means from its start.
        return !end && t.Length == 10 ? at.Until!.Value.AddDays(-1) : at.Until;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
