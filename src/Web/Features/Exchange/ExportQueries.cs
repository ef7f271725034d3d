using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Exchange;

public enum SheetFormat { Csv, Xlsx }

/// <summary>People, relationships or the contact matrix as CSV, or any of them (All: the three) as an .xlsx workbook.</summary>
public sealed record ExportSheet(string AccountId, SheetWhat What, SheetFormat Format, char? Separator = null) : IQuery<Download>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>A picture of the map (SVG or PNG) for slides or print.</summary>
public sealed record ExportPicture(string AccountId, PictureRequest Request) : IQuery<Download>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>A planned meeting as an .ics invitation.</summary>
public sealed record GetMeetingInvite(string AccountId, string MeetingId, InviteOptions Options) : IQuery<Download>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class ExportHandlers(IGraphStore store, TimeProvider clock, IStringLocalizer<Text> words, ReachGraphCache cache) :
    IQueryHandler<ExportSheet, Download>,
    IQueryHandler<ExportPicture, Download>,
    IQueryHandler<GetMeetingInvite, Download>
{
    public async ValueTask<Download> Handle(ExportSheet q, CancellationToken ct)
    {
        if (q.Format == SheetFormat.Csv && q.What == SheetWhat.All)
            throw GraphException.Invalid(words["Error.Export.CsvOneTable"], "what");
        var map = await LoadAsync(q.AccountId, ct);
        var tables = SheetWords.Tables(map, q.What, words);
        using var output = new MemoryStream();
        var what = q.What == SheetWhat.All ? "" : q.What.ToString().ToLowerInvariant();
        if (q.Format == SheetFormat.Xlsx)
        {
            SheetFiles.WriteXlsx(tables, output);
            return new Download(output.ToArray(), Download.Xlsx, Download.Name(map.Account.Name, what, clock.Today(), "xlsx"));
        }
        // Excel opens a CSV with its own list separator: the reader's language decides unless the caller does.
        SheetFiles.WriteCsv(tables[0], output, q.Separator ?? SheetFiles.SeparatorFor(CultureInfo.CurrentCulture));
        return new Download(output.ToArray(), Download.Csv, Download.Name(map.Account.Name, what, clock.Today(), "csv"));
    }

    public async ValueTask<Download> Handle(ExportPicture q, CancellationToken ct)
    {
        var map = await LoadAsync(q.AccountId, ct);
        var today = clock.Today();
        var options = q.Request.Options(map, today, words, cache);
        var what = q.Request.View is null ? "map" : "view";
        if (q.Request.Kind == PictureKind.Png)
            return new Download(MapPicture.Png(map, options, words), Download.Png, Download.Name(map.Account.Name, what, today, "png"));
        return new Download(Encoding.UTF8.GetBytes(MapPicture.Svg(map, options, words)), Download.Svg, Download.Name(map.Account.Name, what, today, "svg"));
    }

    public async ValueTask<Download> Handle(GetMeetingInvite q, CancellationToken ct)
    {
        if (q.Options.Start is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(q.Options.TimeZone, out _))
            throw GraphException.Invalid(words["Error.Export.TimeZone", q.Options.TimeZone], "timeZone");
        var map = await LoadAsync(q.AccountId, ct);
        var invite = MeetingInvites.Ics(map, q.MeetingId, words, q.Options);
        return new Download(Encoding.UTF8.GetBytes(invite.Content), Download.Calendar, invite.FileName);
    }

    private async Task<AccountMap> LoadAsync(string accountId, CancellationToken ct) => (await store.GetMapAsync(accountId, ct)).OrNotFound(accountId);
}
