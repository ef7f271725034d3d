using System.Net;
using System.Text;
using System.Xml.Linq;
using MiniExcelLibs;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Exchange;
using SkiaSharp;
using static SalesOps.Tests.Web.Exchange.ExchangeApiData;

namespace SalesOps.Tests.Web.Exchange;

/// <summary>Spreadsheets, map pictures and meeting invitations as downloads from the real app, each with its file name.</summary>
public sealed class ExportApiTests : AppTest
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private async Task<(RunningApp App, string Account, AccountMap Map)> DemoAsync()
    {
        var running = StartApp(seed: true, today: Today);
        var id = (string)(await running.Api.GetAsync("/api/accounts"))[0]!["id"]!;
        return (running, id, await StoredMapAsync(Dir.Path, id));
    }

    [Fact]
    public async Task People_relationships_and_the_matrix_download_as_CSV_and_one_workbook()
    {
        var (app, id, map) = await DemoAsync();
        var slug = Download.Slug(map.Account.Name);

        var people = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export/people.csv");
        var semicolons = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export/relationships.csv?separator=semicolon");
        var matrix = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export/matrix.csv");
        var workbook = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.xlsx");
        var unknown = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export/everything.csv");

        (people.Status, people.ContentType, people.Disposition, people.FileName)
            .ShouldBe((HttpStatusCode.OK, "text/csv; charset=utf-8", "attachment", $"{slug}-people-2026-11-29.csv"));
        people.Body.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte-order mark, so Excel shows accents");
        var lines = Encoding.UTF8.GetString(people.Body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Title,Function,Level,Stance");
        lines.Length.ShouldBe(map.OfKind(NodeKind.Person).Count() + 1);
        Encoding.UTF8.GetString(semicolons.Body[3..]).ShouldStartWith("From;From side;Relationship;To");
        semicolons.FileName.ShouldBe($"{slug}-relationships-2026-11-29.csv");
        Encoding.UTF8.GetString(matrix.Body[3..]).ShouldStartWith("Ours,");
        (workbook.ContentType, workbook.FileName).ShouldBe(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{slug}-2026-11-29.xlsx"));
        using var xlsx = new MemoryStream(workbook.Body);
        MiniExcel.GetSheetNames(xlsx).ShouldBe(["People", "Relationships", "Contact matrix"]);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_map_as_SVG_parses_as_XML_and_names_every_card_and_the_PNG_has_the_size_asked_for()
    {
        var (app, id, map) = await DemoAsync();

        var svg = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.svg");
        var png = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.png?format=a4");
        var slide = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.png");

        (svg.Status, svg.ContentType, svg.FileName).ShouldBe((HttpStatusCode.OK, "image/svg+xml", $"{Download.Slug(map.Account.Name)}-map-2026-11-29.svg"));
        var texts = XDocument.Parse(Encoding.UTF8.GetString(svg.Body)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToHashSet();
        foreach (var card in map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart)) texts.ShouldContain(card.Name);
        texts.ShouldContain(map.Account.Name);
        (png.ContentType, png.FileName).ShouldBe(("image/png", $"{Download.Slug(map.Account.Name)}-map-2026-11-29.png"));
        Size(png.Body).ShouldBe((1754, 1240));
        Size(slide.Body).ShouldBe((1920, 1080));
        InkShare(slide.Body).ShouldBeGreaterThan(0.02, "the picture is not blank");
    }

    [Fact]
    public async Task A_picture_of_the_view_shows_the_filters_and_the_reach_path_in_its_caption()
    {
        var (app, id, map) = await DemoAsync();
        var reach = await app.Api.GetAsync($"/api/accounts/{id}/reach");
        var path = reach["paths"]![0]!["nodes"]!.AsArray().Select(n => (string)n!).ToList();
        var explanation = (string)reach["paths"]![0]!["explanation"]!;

        var withPath = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.svg?path={string.Join(',', path)}&view=-400,-50,1600,900");
        var filtered = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.svg?stance=Skeptic&role=DecisionMaker");
        var unknown = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.svg?nobodyOfOurs=true");
        var badPath = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.svg?path={path[0]},nobody");
        var badSize = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/export.png?format=poster");

        var caption = Encoding.UTF8.GetString(withPath.Body);
        withPath.FileName.ShouldBe($"{Download.Slug(map.Account.Name)}-view-2026-11-29.svg");
        caption.ShouldContain("Current view");
        caption.ShouldContain("Reach path: " + explanation[..40]);
        Encoding.UTF8.GetString(filtered.Body).ShouldContain("filters: Stance: Skeptic; Role: Decision maker");
        // The people nobody of ours talks with stand out, the others fade, as on the map; the caption says why.
        Encoding.UTF8.GetString(unknown.Body).ShouldContain("filters: Nobody of ours talks with them");
        var talkedTo = ContactMatrix.TalkedTo(map);
        var faded = XDocument.Parse(Encoding.UTF8.GetString(unknown.Body)).Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("data-node-id") is not null)
            .ToDictionary(e => (string)e.Attribute("data-node-id")!, e => (string?)e.Attribute("opacity") is not null);
        map.OfKind(NodeKind.Person).ShouldAllBe(p => faded[p.Id] == talkedTo.Contains(p.Id));
        badPath.Status.ShouldBe(HttpStatusCode.BadRequest);
        Encoding.UTF8.GetString(badPath.Body).ShouldContain("'nobody' is not on this map.");
        badSize.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_planned_meeting_downloads_as_an_invitation_and_a_held_one_is_refused()
    {
        var (app, id, map) = await DemoAsync();
        var ours = map.OfKind(NodeKind.Counterpart).First();
        await app.Api.OkAsync(HttpMethod.Patch, $"/api/accounts/{id}/nodes/{ours.Id}", new { email = "ours@salesops.example" });
        var theirs = map.OfKind(NodeKind.Person).First(p => p.Email is not null);
        var planned = (await app.Api.PostAsync($"/api/accounts/{id}/meetings",
            new { objective = "Pilot review", date = "2026-12-10", topics = "Pilot scope", participants = new[] { ours.Id, theirs.Id } }))["meeting"]!;
        var held = map.OfKind(NodeKind.Meeting).First(m => m.Held);

        var invite = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/meetings/{planned["id"]}/invite.ics?start=09:30&minutes=90");
        var refused = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/meetings/{held.Id}/invite.ics");
        var badTime = await DownloadAsync(app.Api.Http, $"/api/accounts/{id}/meetings/{planned["id"]}/invite.ics?start=half-past-nine");

        (invite.Status, invite.ContentType, invite.Disposition, invite.FileName)
            .ShouldBe((HttpStatusCode.OK, "text/calendar; charset=utf-8", "attachment", "pilot-review-2026-12-10.ics"));
        var ics = Encoding.UTF8.GetString(invite.Body).Replace("\r\n ", "", StringComparison.Ordinal);
        ics.ShouldContain("BEGIN:VEVENT");
        ics.ShouldContain($"SUMMARY:{map.Account.Name}: Pilot review");
        ics.ShouldContain("DTSTART:20261210T083000Z");
        ics.ShouldContain($"mailto:{theirs.Email}");
        ics.ShouldContain("ORGANIZER;CN=" + ours.Name + ":mailto:ours@salesops.example");
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        badTime.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return (bitmap.Width, bitmap.Height);
    }

    /// <summary>The share of pixels that are not white.</summary>
    private static double InkShare(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var ink = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
            for (var x = 0; x < bitmap.Width; x += 4)
                if (bitmap.GetPixel(x, y) is var c && (c.Red < 240 || c.Green < 240 || c.Blue < 240)) ink++;
        return ink / (double)(bitmap.Width / 4 * (bitmap.Height / 4));
    }
}
