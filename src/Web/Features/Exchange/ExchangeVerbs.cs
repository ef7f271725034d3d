using System.CommandLine;
using System.Text;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Web.Cli;
using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Exchange;

/// <summary>
/// <c>import-csv</c>, <c>undo-import</c>, <c>export-sheet</c>, <c>export-picture</c> and <c>export-invite</c> on the
/// command line, through the same messages as the API and the pages (with the machine's rights).
/// </summary>
public static class ExchangeVerbs
{
    public static IEnumerable<Command> Commands()
    {
        yield return ImportCsv();
        var undoAccount = Account();
        var undo = new Command("undo-import", "Undoes the account's last contacts import (one commit).") { undoAccount };
        undo.SetAction((p, ct) => CliHost.RunAsync("undo-import", async (services, token) =>
        {
            var r = await services.GetRequiredService<IMediator>().Send(new UndoContactImport(p.GetValue(undoAccount)!), token);
            return $"Undid the last import of {p.GetValue(undoAccount)} (now version {r.Version}).";
        }, ct));
        yield return undo;
        yield return ExportSheet();
        yield return ExportPicture();
        yield return ExportInvite();
    }

    private static Command ImportCsv()
    {
        var account = Account();
        var file = new Argument<string>("file") { Description = "The CSV export of a CRM (Salesforce, HubSpot, Dynamics 365, Sales Navigator, Excel); '-' reads stdin." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Shows what every row would do and writes nothing." };
        var mapping = new Option<string[]>("--mapping")
        {
            Description = "Maps a column by hand: Header=Field (repeatable), e.g. \"Puesto=Title\"; remembered for the account.",
            AllowMultipleArgumentsPerToken = true, HelpName = "Header=Field",
        };
        var encoding = new Option<string>("--encoding") { Description = "utf-8, utf-16 or windows-1252 when the guess is wrong." };
        var separator = new Option<string>("--separator") { Description = "comma, semicolon, tab or pipe when the guess is wrong." };
        var json = new Option<bool>("--json") { Description = "Writes the preview as the API's JSON instead of a table." };
        var command = new Command("import-csv", "Imports contacts from a CSV file into an account: one commit, undone with undo-import.")
            { account, file, dryRun, mapping, encoding, separator, json };
        command.SetAction((p, ct) => CliHost.RunAsync("import-csv", async (services, token) =>
        {
            var (m, words) = (services.GetRequiredService<IMediator>(), services.GetRequiredService<IStringLocalizer<Text>>());
            var id = p.GetValue(account)!;
            var path = p.GetValue(file)!;
            var bytes = path == "-" ? await ReadStdinAsync(token) : await File.ReadAllBytesAsync(path, token);
            var options = new ImportOptions { Encoding = p.GetValue(encoding), Separator = ImportWords.ParseSeparator(p.GetValue(separator), "--separator") };
            var map = ImportWords.ParseMapping(p.GetValue(mapping));
            ImportPreview preview;
            ImportRecord? written = null;
            if (p.GetValue(dryRun)) preview = await m.Send(new PreviewContactImport(id, bytes, map, options), token);
            else
            {
                var outcome = await m.Send(new ImportContacts(id, bytes, map, options, FileName: path == "-" ? null : Path.GetFileName(path)), token);
                (preview, written) = (outcome.Preview, outcome.Imported);
            }
            var text = p.GetValue(json)
                ? JsonSerializer.Serialize(ImportPreviewDto.From(preview, words), Indented) + "\n"
                : PreviewText.Table(preview, words);
            await CliHost.WriteAsync(null, Encoding.UTF8.GetBytes(text), token);
            if (preview.Errors.Count > 0)
                throw GraphException.Invalid($"{words["Import.Refused"]} ({preview.Errors.Count}: {ImportWords.Say(preview.Errors[0], words)})");
            var summary = PreviewText.Summary(preview);
            if (p.GetValue(dryRun)) return $"Would import into {id}: {summary}. Dry run: nothing was written.";
            return written is null ? $"Nothing to import into {id}: {summary}." : $"Imported into {id} (version {written.Version}): {summary}. Undo with: undo-import {id}";
        }, ct));
        return command;
    }

    private static Command ExportSheet()
    {
        var account = Account();
        var format = new Option<string>("--format") { Description = "csv or xlsx.", DefaultValueFactory = _ => "xlsx" }.AcceptOnlyFromAmong("csv", "xlsx");
        var what = new Option<string>("--what") { Description = "people, relationships, matrix, or all (xlsx only).", DefaultValueFactory = _ => "people" }
            .AcceptOnlyFromAmong("people", "relationships", "matrix", "all");
        var separator = new Option<string>("--separator") { Description = "For CSV: comma, semicolon, tab or pipe (comma without it)." };
        var output = Out();
        var command = new Command("export-sheet", "People, relationships or the contact matrix as CSV or an Excel workbook.") { account, format, what, separator, output };
        command.SetAction((p, ct) => CliHost.RunAsync("export-sheet", async (services, token) =>
        {
            var kind = Enum.Parse<SheetWhat>(p.GetValue(what)!, ignoreCase: true);
            var sheetFormat = p.GetValue(format) == "csv" ? SheetFormat.Csv : SheetFormat.Xlsx;
            var d = await services.GetRequiredService<IMediator>().Send(
                new ExportSheet(p.GetValue(account)!, kind, sheetFormat, ImportWords.ParseSeparator(p.GetValue(separator), "--separator") ?? ','), token);
            return await WriteAsync(d, p.GetValue(output), token);
        }, ct));
        return command;
    }

    private static Command ExportPicture()
    {
        var account = Account();
        var format = new Option<string>("--format") { Description = "svg or png.", DefaultValueFactory = _ => "svg" }.AcceptOnlyFromAmong("svg", "png");
        var size = new Option<string>("--size") { Description = "slide (16:9, 1920×1080), a4 or a3 (landscape, 150 dpi).", DefaultValueFactory = _ => "slide" }
            .AcceptOnlyFromAmong("slide", "a4", "a3");
        var view = new Option<string>("--view") { Description = "Only this part of the map: x,y,width,height in map coordinates.", HelpName = "x,y,w,h" };
        var path = new Option<string>("--path") { Description = "A reach path to highlight: node ids from ours to the target, separated by commas.", HelpName = "ids" };
        var stance = new Option<string>("--stance") { Description = "Highlights the people of this stance." };
        var function = new Option<string>("--function") { Description = "Highlights the people of this function (its id).", HelpName = "id" };
        var role = new Option<string>("--role") { Description = "Highlights the people with this buying role." };
        var nobody = new Option<bool>("--nobody-of-ours") { Description = "Highlights the people nobody of ours talks with yet (a planned talk does not count)." };
        var output = Out();
        var command = new Command("export-picture", "A picture of the map for slides or print (SVG or PNG).") { account, format, size, view, path, stance, function, role, nobody, output };
        command.SetAction((p, ct) => CliHost.RunAsync("export-picture", async (services, token) =>
        {
            var q = new ExchangeApi.PictureQuery(p.GetValue(size), p.GetValue(view), p.GetValue(stance), p.GetValue(function), p.GetValue(role), p.GetValue(path), p.GetValue(nobody));
            var kind = p.GetValue(format) == "png" ? PictureKind.Png : PictureKind.Svg;
            var d = await services.GetRequiredService<IMediator>().Send(new ExportPicture(p.GetValue(account)!, q.Request(kind)), token);
            return await WriteAsync(d, p.GetValue(output), token);
        }, ct));
        return command;
    }

    private static Command ExportInvite()
    {
        var (account, output) = (Account(), Out());
        var meeting = new Argument<string>("meeting") { Description = "The planned meeting's id." };
        var start = new Option<string>("--start") { Description = "Local start time (09:30); an all-day event without it.", HelpName = "HH:mm" };
        var minutes = new Option<int?>("--minutes") { Description = "How long, in minutes (60 without it)." };
        var zone = new Option<string>("--time-zone") { Description = "The IANA time zone of --start (Europe/Madrid without it)." };
        var command = new Command("export-invite", "A planned meeting as an .ics calendar invitation.") { account, meeting, start, minutes, zone, output };
        command.SetAction((p, ct) => CliHost.RunAsync("export-invite", async (services, token) =>
        {
            var options = ExchangeApi.Invite(p.GetValue(start), p.GetValue(minutes), p.GetValue(zone), null);
            var d = await services.GetRequiredService<IMediator>().Send(new GetMeetingInvite(p.GetValue(account)!, p.GetValue(meeting)!, options), token);
            return await WriteAsync(d, p.GetValue(output), token);
        }, ct));
        return command;
    }

    private static readonly JsonSerializerOptions Indented = new(Json.Options) { WriteIndented = true };

    private static Argument<string> Account() => new("account") { Description = "The account's id." };

    private static Option<string> Out() => new("--out") { Description = "The file to write; stdout without it.", HelpName = "file" };

    private static async Task<string> WriteAsync(Download d, string? path, CancellationToken ct)
    {
        await CliHost.WriteAsync(string.IsNullOrWhiteSpace(path) ? null : path, d.Bytes, ct);
        return $"Wrote {d.FileName.Split('.')[^1].ToUpperInvariant()} ({d.Bytes.Length:N0} bytes){CliHost.Where(string.IsNullOrWhiteSpace(path) ? null : path)}.";
    }

    private static async Task<byte[]> ReadStdinAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using var stdin = Console.OpenStandardInput();
        await stdin.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
