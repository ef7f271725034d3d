using SalesOps.Graph.Transfer;

namespace SalesOps.Tests.Web.Access;

/// <summary>
/// What one knock sends: a path (with query), and a JSON body, a body of another type or a form (posted with the antiforgery
/// token of <see cref="FormPage"/>, as the browser would after loading it). <see cref="Unharmed"/>
/// says whether what a refused request aimed at is as it was; <see cref="Fresh"/> asks for a visitor of
/// its own (signing out would end the shared one's session).
/// </summary>
public sealed record Probe(string Path)
{
    /// <summary>The method to send when the door takes any ("*"); the door's own otherwise.</summary>
    public string? Method { get; init; }
    public object? Json { get; init; }
    public (byte[] Bytes, string ContentType)? Body { get; init; }
    public (string Name, string Value)[]? Form { get; init; }
    public string? FormPage { get; init; }
    public Func<Task<bool>>? Unharmed { get; init; }
    public bool Fresh { get; init; }
}

/// <summary>
/// One door: "METHOD /route" (or "HUB Method"), what each caller hears, and how to knock. "shown" and
/// "hidden" look for <see cref="Secret"/> (the demo account's name unless the door says otherwise).
/// </summary>
public sealed record Door(string Key, string Answers, Func<AccessWorld, Task<Probe>>? Knock = null)
{
    public Func<AccessWorld, string>? Secret { get; init; }

    public string Method => Key.Split(' ')[0];

    /// <summary>The route as the endpoint list names it (words after it tell variants apart).</summary>
    public string Route => Key.Split(' ')[1];

    public string AnswerOf(Who who) => Answers.Split(' ', StringSplitOptions.RemoveEmptyEntries)[(int)who];
}

/// <summary>How the table knocks: bodies, forms and fresh targets for its rows.</summary>
public static partial class AccessMatrix
{
    private static Func<AccessWorld, Task<Probe>> Json(string path, Func<AccessWorld, object> body) =>
        w => Task.FromResult(new Probe(path) { Json = body(w) });

    private static Func<AccessWorld, Task<Probe>> Form(string path, string page, params (string, string)[] fields) =>
        _ => Task.FromResult(new Probe(path) { Form = fields, FormPage = page });

    private static Func<AccessWorld, Task<Probe>> Path(string path) => _ => Task.FromResult(new Probe(path));

    private static Func<AccessWorld, Task<Probe>> PostPage(string path) => _ => Task.FromResult(new Probe(path) { Form = [("anything", "1")] });

    /// <summary>A question asked of the demo account's saved what-if instead of its map.</summary>
    private static string WithSketch(string what) => $"/api/accounts/{{accountId}}/{what}?sketch={Uri.EscapeDataString(AccessWorld.SketchName)}";

    private static string Sketch(AccessWorld w, string name) => $"/api/accounts/{w.Account}/sketches/{Uri.EscapeDataString(name)}";

    private static Task<Probe> SaveSketch(AccessWorld w)
    {
        var name = w.FreshName("Probe what-if");
        return Task.FromResult(new Probe(Sketch(w, name))
        {
            Json = new { talks = Array.Empty<object>(), stances = new[] { new { personId = w.PersonId, stance = "Neutral" } } },
            Unharmed = async () => !await w.SketchSavedAsync(name),
        });
    }

    private static async Task<Probe> DeleteSketch(AccessWorld w)
    {
        var (name, _) = await w.FreshSketchAsync();
        return new Probe(Sketch(w, name)) { Unharmed = () => w.SketchSavedAsync(name) };
    }

    private static async Task<Probe> PlanSketch(AccessWorld w)
    {
        var (name, person) = await w.FreshSketchAsync();
        return new Probe(Sketch(w, name) + "/planned") { Unharmed = async () => !await w.TalkedToAsync(person) };
    }

    /// <summary>
    /// A contacts file with one new person, so an allowed import writes and a refused one leaves no trace. The import
    /// goes to a fresh account: without a baseVersion it still refuses (409) when another knock writes to the map
    /// between its reading and its commit.
    /// </summary>
    private static async Task<Probe> ImportCsv(AccessWorld w, bool dryRun)
    {
        var (account, name) = (dryRun ? w.Account : await w.FreshAccountAsync(), w.FreshName("Imported person"));
        return new Probe($"/api/accounts/{account}/import/csv{(dryRun ? "?dryRun=true" : "")}")
        {
            Body = (AccessWorld.Contacts(name), "text/csv"),
            Unharmed = async () => !await w.PersonNamedAsync(account, name),
        };
    }

    /// <summary>Undo of a fresh import on a fresh account (others' changes to the demo account's people would make it a conflict).</summary>
    private static async Task<Probe> UndoImport(AccessWorld w)
    {
        var (account, name) = await w.FreshImportAsync();
        return new Probe($"/api/accounts/{account}/import/undo") { Unharmed = () => w.PersonNamedAsync(account, name) };
    }

    private static async Task<Probe> Invite(AccessWorld w) =>
        new($"/api/accounts/{w.Account}/meetings/{await w.FreshMeetingAsync()}/invite.ics?start=09:30&minutes=45");

    private static async Task<Probe> UndoChange(AccessWorld w)
    {
        var (version, person) = await w.FreshChangeByJordiAsync();
        return new Probe($"/api/accounts/{w.Account}/history/{version}/undo") { Unharmed = () => w.NodeExistsAsync(person) };
    }

    private static async Task<Probe> RestoreChange(AccessWorld w)
    {
        var (version, person) = await w.FreshRemovalAsync();
        return new Probe($"/api/accounts/{w.Account}/history/{version}/restore?element={person}") { Unharmed = async () => !await w.NodeExistsAsync(person) };
    }

    /// <summary>A document with one new account (a new id each time), so an allowed import adds and replaces nothing.</summary>
    private static byte[] ImportDocument() => TransferJson.Write(new ExportDocument
    {
        Format = ExportDocument.FormatName,
        FormatVersion = ExportDocument.CurrentVersion,
        Accounts = [new ExportedAccount { Account = new AccountRecord { Id = "acc-import-" + Guid.NewGuid().ToString("n")[..8], Name = "Imported Probe" }, Nodes = [], Edges = [] }],
    });
}
