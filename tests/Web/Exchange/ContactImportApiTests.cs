using System.Net;
using System.Text;
using SalesOps.Tests.Graph.Exchange;
using SalesOps.Tests.Support;
using static SalesOps.Tests.Web.Exchange.ExchangeApiData;

namespace SalesOps.Tests.Web.Exchange;

/// <summary>POST /api/accounts/{id}/import/csv and …/import/undo on the real app over its SQLite file.</summary>
public sealed class ContactImportApiTests : AppTest
{
    [Theory]
    [InlineData("salesforce-contacts-and-accounts.csv")]
    [InlineData("salesforce-dataloader-contact.csv")]
    [InlineData("hubspot-contacts.csv")]
    [InlineData("dynamics365-active-contacts.csv")]
    [InlineData("salesnavigator-lead-list.csv")]
    [InlineData("excel-es-semicolon-windows1252.csv")]
    [InlineData("excel-de-unicode-text.txt")]
    public async Task Each_export_imports_through_the_API_to_the_map_the_library_builds_and_again_changes_nothing(string fixture)
    {
        var (_, _, api) = StartApp(seed: false);
        var id = await CreateVidalAsync(api);
        var before = await StoredMapAsync(Dir.Path, id);
        var file = Fixture(fixture);
        var url = $"/api/accounts/{id}/import/csv";

        var (previewed, preview) = await PostCsvAsync(api.Http, url + "?dryRun=true", file, "application/octet-stream");
        (await StoredMapAsync(Dir.Path, id)).Version.ShouldBe(before.Version, "a dry run writes nothing");
        var (status, imported) = await PostCsvAsync(api.Http, url, file);
        var after = await StoredMapAsync(Dir.Path, id);
        var (againStatus, again) = await PostCsvAsync(api.Http, url, file);

        previewed.ShouldBe(HttpStatusCode.OK, preview?.ToJsonString());
        ((bool)preview!["canCommit"]!, preview["errors"]!.AsArray().Count, (long)preview["baseVersion"]!).ShouldBe((true, 0, before.Version));
        status.ShouldBe(HttpStatusCode.OK, imported?.ToJsonString());
        ((bool)imported!["imported"]!, (long)imported["version"]!, (string?)imported["undo"]).ShouldBe((true, before.Version + 1, $"/api/accounts/{id}/import/undo"));
        ((int)imported["newPeople"]!).ShouldBe((int)preview["counts"]!["new"]!);
        ExchangeData.People(after).ShouldBe(ExchangeData.People(ExchangeData.Import(before, file)));
        ExchangeData.Functions(after).ShouldBe(ExchangeData.Functions(ExchangeData.Import(before, file)));
        (againStatus, (bool)again!["imported"]!, (long)again["version"]!).ShouldBe((HttpStatusCode.OK, false, after.Version));
        (await StoredMapAsync(Dir.Path, id)).Version.ShouldBe(after.Version, "the same file again changes nothing");
    }

    [Fact]
    public async Task Bad_rows_are_named_with_row_and_column_and_nothing_is_written()
    {
        var (_, _, api) = StartApp(seed: false);
        var id = await CreateVidalAsync(api);
        var version = (await StoredMapAsync(Dir.Path, id)).Version;
        var file = Encoding.UTF8.GetBytes("""
            First Name,Last Name,Email,Reports To
            Luis,Gómez,luis@vidal.example,Jordi Puig
            Jordi,Puig,jordi@vidal.example,Luis Gómez
            Carmen,Soler,luis@vidal.example,
            Pau,Serra,pau@vidal.example,Somebody Else
            """);

        var (previewed, preview) = await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv?dryRun=true", file);
        var (refused, problem) = await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv", file);

        previewed.ShouldBe(HttpStatusCode.OK);
        var errors = preview!["errors"]!.AsArray().Select(e => ((string)e!["kind"]!, (int?)e["row"], (string?)e["column"])).ToList();
        errors.ShouldContain(("DuplicateEmail", 4, null));
        errors.ShouldContain(("ManagerNotFound", 5, "Reports To"));
        errors.ShouldContain(e => e.Item1 == "ReportingCycle" && e.Item2 == 2);
        preview["errors"]!.AsArray().Select(e => (string)e!["message"]!).ShouldContain("Row 5, column 'Reports To': reports to 'Somebody Else', who is neither in the file nor on the map.");
        preview["rows"]!.AsArray().Single(r => (int)r!["row"]! == 4)!["errors"]!.AsArray().ShouldNotBeEmpty("each row carries its own errors");
        ((bool)preview["canCommit"]!).ShouldBeFalse();
        refused.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["title"]!, (string)problem["field"]!).ShouldBe(("The file has errors; nothing was imported.", "file"));
        problem["errors"]!.AsArray().Count.ShouldBe(preview["errors"]!.AsArray().Count);
        (await StoredMapAsync(Dir.Path, id)).Version.ShouldBe(version);
    }

    [Fact]
    public async Task A_garbled_file_one_without_a_header_and_a_body_that_is_not_a_file_are_refused_with_the_reason()
    {
        var (_, _, api) = StartApp(seed: false);
        var id = await CreateVidalAsync(api);
        var url = $"/api/accounts/{id}/import/csv?dryRun=true";
        var garbled = Encoding.UTF8.GetBytes(ExchangeData.Windows1252.GetString(Encoding.UTF8.GetBytes("Name,Email\nMaría Gómez,maria@x.example\n")));

        var (_, misencoded) = await PostCsvAsync(api.Http, url, garbled);
        var (_, headless) = await PostCsvAsync(api.Http, url, Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"));
        var (json, _) = await PostCsvAsync(api.Http, url, Encoding.UTF8.GetBytes("{}"), "application/json");
        var (empty, emptyProblem) = await PostCsvAsync(api.Http, url, []);

        misencoded!["errors"]![0]!["kind"]!.GetValue<string>().ShouldBe("Misencoded");
        ((int)misencoded["errors"]![0]!["row"]!, (string)misencoded["errors"]![0]!["column"]!).ShouldBe((2, "Name"));
        headless!["errors"]![0]!["kind"]!.GetValue<string>().ShouldBe("NoHeader");
        ((string)headless["errors"]![0]!["message"]!).ShouldContain("Map the columns by hand");
        json.ShouldBe(HttpStatusCode.UnsupportedMediaType, "routing refuses a type the endpoint does not declare");
        (empty, (string)emptyProblem!["detail"]!).ShouldBe((HttpStatusCode.BadRequest, "The file is empty."));
    }

    [Fact]
    public async Task Columns_mapped_by_hand_are_remembered_for_the_account_once_imported()
    {
        var (_, _, api) = StartApp(seed: false);
        var id = await CreateVidalAsync(api);
        var first = Encoding.UTF8.GetBytes("Persona;Puesto interno;Buzón\nLuis Gómez;Head of Procurement;luis@vidal.example\n");
        var second = Encoding.UTF8.GetBytes("Persona;Puesto interno;Buzón\nJordi Puig;Head of Engineering;jordi@vidal.example\n");
        var mapping = "map=Persona%3DFullName&map=Puesto%20interno%3DTitle&map=Buz%C3%B3n%3DEmail";

        var (_, unmapped) = await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv?dryRun=true", first);
        var (_, mapped) = await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv?dryRun=true&{mapping}", first);
        var (_, stillUnmapped) = await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv?dryRun=true", second);
        var (imported, _) = await PostFormAsync(api.Http, $"/api/accounts/{id}/import/csv?{mapping}", first, "crm.csv");
        var (_, remembered) = await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv?dryRun=true", second);

        unmapped!["errors"]![0]!["kind"]!.GetValue<string>().ShouldBe("NoHeader");
        mapped!["columns"]!.AsArray().Select(c => ((string)c!["field"]!, (string)c["source"]!)).ShouldBe([("FullName", "Mapped"), ("Title", "Mapped"), ("Email", "Mapped")]);
        stillUnmapped!["errors"]![0]!["kind"]!.GetValue<string>().ShouldBe("NoHeader", "a preview remembers nothing");
        imported.ShouldBe(HttpStatusCode.OK);
        remembered!["errors"]!.AsArray().ShouldBeEmpty();
        remembered["columns"]!.AsArray().Select(c => (string)c!["field"]!).ShouldBe(["FullName", "Title", "Email"]);
        ((string)remembered["rows"]![0]!["action"]!, (string)remembered["rows"]![0]!["name"]!).ShouldBe(("New", "Jordi Puig"));
    }

    [Fact]
    public async Task Undo_puts_back_the_map_as_it_was_before_the_import_in_one_commit()
    {
        var (_, _, api) = StartApp(seed: false);
        var id = await CreateVidalAsync(api);
        var before = await StoredMapAsync(Dir.Path, id);
        await PostCsvAsync(api.Http, $"/api/accounts/{id}/import/csv", Fixture("salesforce-contacts-and-accounts.csv"));

        var (undone, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{id}/import/undo");
        var after = await StoredMapAsync(Dir.Path, id);
        var (twice, problem) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{id}/import/undo");

        undone.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        ((long)body!["version"]!).ShouldBe(before.Version + 2);
        ExchangeData.People(after).ShouldBe(ExchangeData.People(before));
        ExchangeData.Functions(after).ShouldBe(ExchangeData.Functions(before));
        after.Find(before.Nodes.Single(n => n.Name == "María Vidal").Id)!.Title.ShouldBe("CFO");
        after.Edges.Count.ShouldBe(before.Edges.Count);
        (twice, (string)problem!["detail"]!).ShouldBe((HttpStatusCode.NotFound,
            "There is no contacts import to undo on this account (it was undone already, or none was made here)."));
    }

    [Fact]
    public async Task A_viewer_may_preview_but_not_import_or_undo()
    {
        var (app, _, api) = StartApp(seed: true);
        var id = (string)(await api.GetAsync("/api/accounts"))[0]!["id"]!;
        var marta = app.CreateClientAs("marta");
        var file = Encoding.UTF8.GetBytes("Name,Title\nNew Person,Buyer\n");

        var (previewed, _) = await PostCsvAsync(marta, $"/api/accounts/{id}/import/csv?dryRun=true", file);
        var (imported, _) = await PostCsvAsync(marta, $"/api/accounts/{id}/import/csv", file);
        var (undone, _) = await new Api.ApiClient(marta).SendAsync(HttpMethod.Post, $"/api/accounts/{id}/import/undo");

        (previewed, imported, undone).ShouldBe((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden));
    }
}
