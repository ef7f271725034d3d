using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Features.Exchange;

public static class ExchangeApi
{
    public static void MapExchangeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}").WithTags("Exchange");

        api.MapPost("/import/csv", async (string accountId, HttpRequest request, bool? dryRun, [FromQuery(Name = "map")] string[]? map, string? encoding,
                string? separator, long? baseVersion, IMediator m, IStringLocalizer<Text> words, CancellationToken ct) =>
            {
                var (file, name) = await UploadedFile.ReadAsync(request, words, ct);
                var options = new ImportOptions { Encoding = string.IsNullOrWhiteSpace(encoding) ? null : encoding.Trim(), Separator = ImportWords.ParseSeparator(separator) };
                var mapping = ImportWords.ParseMapping(map);
                if (dryRun == true) return Results.Ok(ImportPreviewDto.From(await m.Send(new PreviewContactImport(accountId, file, mapping, options), ct), words));
                var outcome = await m.Send(new ImportContacts(accountId, file, mapping, options, baseVersion, name), ct);
                var p = outcome.Preview;
                if (p.Errors.Count > 0)
                    return Results.Problem(statusCode: 400, title: words["Import.Refused"], detail: ImportWords.Say(p.Errors[0], words), extensions: new Dictionary<string, object?>
                    {
                        ["error"] = nameof(GraphError.Invalid), ["field"] = "file", ["baseVersion"] = p.BaseVersion,
                        ["errors"] = p.Errors.Select(i => ImportPreviewDto.Issue(i, words)).ToList(),
                    });
                return Results.Ok(new ImportedDto(outcome.Imported is not null, outcome.Imported?.Version ?? p.BaseVersion, outcome.Imported?.NewPeople ?? 0,
                    outcome.Imported?.UpdatedPeople ?? 0, ImportCountsDto.Of(p), outcome.Imported is null ? null : $"/api/accounts/{accountId}/import/undo"));
            })
            .Accepts<byte[]>("text/csv", "text/plain", "application/octet-stream", "application/vnd.ms-excel", "multipart/form-data")
            .WithSummary("Contacts from a CRM's CSV export (the body, or the form part 'file'). ?dryRun=true previews every row and writes nothing; " +
                         "map=Header=Field (repeatable) maps columns by hand, remembered for the account; encoding= and separator= override the guess; " +
                         "baseVersion= (the preview's) refuses with 409 if the map changed since.")
            .Produces<ImportPreviewDto>().Produces<ImportedDto>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/import/undo", async (string accountId, IMediator m, CancellationToken ct) =>
            {
                var r = await m.Send(new UndoContactImport(accountId), ct);
                return new UndoneDto(r.Version, r.Commit.Count<RemoveNode>(), r.Commit.Count<PutNode>());
            })
            .WithSummary("Undoes the account's last contacts import as one commit; 409 when someone changed its people since.")
            .ProducesProblem(404).ProducesProblem(409);

        api.MapGet("/export/{what}.csv", async (string accountId, string what, string? separator, IMediator m, CancellationToken ct) =>
                File(await m.Send(new ExportSheet(accountId, What(what, all: false), SheetFormat.Csv, ImportWords.ParseSeparator(separator)), ct)))
            .WithSummary("people.csv, relationships.csv or matrix.csv (the contact matrix): UTF-8 with a mark, separated as Excel in the reader's language expects unless ?separator=.")
            .Produces(200, contentType: "text/csv").ProducesProblem(404);

        api.MapGet("/export/{what}.xlsx", async (string accountId, string what, IMediator m, CancellationToken ct) =>
                File(await m.Send(new ExportSheet(accountId, What(what, all: true), SheetFormat.Xlsx), ct)))
            .WithSummary("people.xlsx, relationships.xlsx, matrix.xlsx, or all.xlsx with the three as sheets.")
            .Produces(200, contentType: Download.Xlsx).ProducesProblem(404);

        api.MapGet("/export.xlsx", async (string accountId, IMediator m, CancellationToken ct) =>
                File(await m.Send(new ExportSheet(accountId, SheetWhat.All, SheetFormat.Xlsx), ct)))
            .WithSummary("One workbook: people, relationships and the contact matrix.").Produces(200, contentType: Download.Xlsx).ProducesProblem(404);

        api.MapGet("/export.svg", (string accountId, [AsParameters] PictureQuery q, IMediator m, CancellationToken ct) => Picture(accountId, q, PictureKind.Svg, m, ct))
            .WithSummary("The map as SVG: ?format=slide|a4|a3, view=x,y,width,height (map coordinates), stance=, function=, role=, nobodyOfOurs=true (filters), path=id,id,… (a reach path).")
            .Produces(200, contentType: Download.Svg).ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/export.png", (string accountId, [AsParameters] PictureQuery q, IMediator m, CancellationToken ct) => Picture(accountId, q, PictureKind.Png, m, ct))
            .WithSummary("The map as PNG (1920×1080 for slides; A4 and A3 landscape at 150 dpi), with the same options as export.svg.")
            .Produces(200, contentType: Download.Png).ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/meetings/{meetingId}/invite.ics", async (string accountId, string meetingId, string? start, int? minutes, string? timeZone, string? organizer,
                IMediator m, CancellationToken ct) =>
                File(await m.Send(new GetMeetingInvite(accountId, meetingId, Invite(start, minutes, timeZone, organizer)), ct)))
            .WithSummary("A planned meeting as an iCalendar invitation: all-day on its date, or ?start=09:30&minutes=60&timeZone=Europe/Madrid; organizer= one of ours.")
            .Produces(200, contentType: "text/calendar").ProducesProblem(400).ProducesProblem(404);
    }

    /// <summary>What a picture shows, as query parameters.</summary>
    public sealed record PictureQuery(string? Format, string? View, string? Stance, string? Function, string? Role, string? Path, bool? NobodyOfOurs = null)
    {
        public PictureRequest Request(PictureKind kind) => new()
        {
            Kind = kind, Format = PictureRequest.ParseSize(Format), View = PictureRequest.ParseView(View), Path = PictureRequest.ParsePath(Path),
            Filters = new MapFilters(
                string.IsNullOrWhiteSpace(Stance) ? null : ReachEngine.ParseStances([Stance])!.Single(),
                string.IsNullOrWhiteSpace(Function) ? null : Function.Trim(),
                string.IsNullOrWhiteSpace(Role) ? null : Enum.TryParse<BuyingRole>(Role.Trim(), true, out var r) && Role.Trim().All(char.IsAsciiLetter) ? r
                    : throw GraphException.Invalid(InputWords.Say("Error.Input.Role.Unknown", Role, string.Join(", ", Enum.GetNames<BuyingRole>())), "role"),
                NobodyOfOurs == true),
        };
    }

    public sealed record UndoneDto(long Version, int RemovedPeople, int RestoredPeople);

    private static async Task<IResult> Picture(string accountId, PictureQuery q, PictureKind kind, IMediator m, CancellationToken ct) =>
        File(await m.Send(new ExportPicture(accountId, q.Request(kind)), ct));

    private static IResult File(Download d) => TypedResults.File(d.Bytes, d.ContentType, d.FileName);

    private static SheetWhat What(string what, bool all) => what.ToLowerInvariant() switch
    {
        "people" => SheetWhat.People,
        "relationships" => SheetWhat.Relationships,
        "matrix" => SheetWhat.Matrix,
        "all" when all => SheetWhat.All,
        _ => throw GraphException.NotFound(InputWords.Say(all ? "Error.Input.Sheet.UnknownOrAll" : "Error.Input.Sheet.Unknown", what)),
    };

    /// <summary>The invitation's options from the words a caller types; Invalid names the one that does not read.</summary>
    public static InviteOptions Invite(string? start, int? minutes, string? timeZone, string? organizer)
    {
        TimeOnly? at = null;
        if (!string.IsNullOrWhiteSpace(start))
            at = TimeOnly.TryParseExact(start.Trim(), ["HH:mm", "H:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t)
                ? t : throw GraphException.Invalid(InputWords.Say("Error.Input.Start.NotATime", start), "start");
        if (minutes is < 5 or > 24 * 60) throw GraphException.Invalid(InputWords.Say("Error.Input.Minutes.Range"), "minutes");
        var options = new InviteOptions { Start = at, OrganizerId = string.IsNullOrWhiteSpace(organizer) ? null : organizer.Trim() };
        if (minutes is { } m) options = options with { Duration = TimeSpan.FromMinutes(m) };
        return string.IsNullOrWhiteSpace(timeZone) ? options : options with { TimeZone = timeZone.Trim() };
    }
}
