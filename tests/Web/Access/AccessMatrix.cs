using SalesOps.Graph.Transfer;

namespace SalesOps.Tests.Web.Access;

/// <summary>
/// What one knock sends: a path (with query), and a JSON body or a form (posted with the antiforgery
/// token of <see cref="FormPage"/>, as the browser would after loading it). <see cref="Unharmed"/>
/// says whether what a refused request aimed at is as it was; <see cref="Fresh"/> asks for a visitor of
/// its own (signing out would end the shared one's session).
/// </summary>
public sealed record Probe(string Path)
{
    /// <summary>The method to send when the door takes any ("*"); the door's own otherwise.</summary>
    public string? Method { get; init; }
    public object? Json { get; init; }
    public byte[]? JsonBytes { get; init; }
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

/// <summary>
/// THE access matrix: every door of the app (route and method, as the app's own endpoint list names
/// it, and every hub method) and what each caller hears at it, on a demo account whose team is the
/// demo team. Tokens are Jordi's (the demo accounts' Owner), so they show what the scope adds.
/// Answers: a status code; "signin" (302 to the sign-in page); "shown"/"hidden" (200, with or without
/// the demo account's name in it); "status"/"details" (health without or with its checks); for hub
/// methods "ok" or the status-like refusal (401: no connection; 404: told the account does not exist).
/// A route is filled in with the demo account's ids; a door that destroys gets a fresh target per knock.
/// </summary>
public static class AccessMatrix
{
    private static Func<AccessWorld, Task<Probe>> Json(string path, Func<AccessWorld, object> body) =>
        w => Task.FromResult(new Probe(path) { Json = body(w) });

    private static Func<AccessWorld, Task<Probe>> Form(string path, string page, params (string, string)[] fields) =>
        _ => Task.FromResult(new Probe(path) { Form = fields, FormPage = page });

    private static Func<AccessWorld, Task<Probe>> Path(string path) => _ => Task.FromResult(new Probe(path));

    public static readonly IReadOnlyList<Door> Doors =
    [
        //                                                                  anon   outsider marta  ana    jordi  lukas  tokR   tokW
        // The API: accounts and their maps.
        new("GET /api/accounts",                                           "401    hidden   shown  shown  shown  shown  shown  shown"),
        new("POST /api/accounts",                                          "401    201      201    201    201    201    403    201",
            Json("/api/accounts", _ => new { name = "Probe Industries" })),
        new("GET /api/accounts/{accountId}",                               "401    404      200    200    200    200    200    200"),
        new("PATCH /api/accounts/{accountId}",                             "401    404      403    200    200    200    403    200",
            Json("/api/accounts/{accountId}", _ => new { industry = "Probing" })),
        new("DELETE /api/accounts/{accountId}",                            "401    404      403    403    204    204    403    204",
            async w => { var id = await w.FreshAccountAsync(); return new Probe($"/api/accounts/{id}") { Unharmed = () => w.AccountExistsAsync(id) }; }),
        new("GET /api/accounts/{accountId}/map",                           "401    404      shown  shown  shown  shown  shown  shown"),
        new("POST /api/accounts/{accountId}/nodes",                        "401    404      403    201    201    201    403    201",
            Json("/api/accounts/{accountId}/nodes", _ => new { kind = "Person", name = "Knocking Person", level = "Specialist" })),
        new("PATCH /api/accounts/{accountId}/nodes/{nodeId}",              "401    404      403    200    200    200    403    200",
            Json("/api/accounts/{accountId}/nodes/{nodeId}", _ => new { x = 40, y = 60 })),
        new("DELETE /api/accounts/{accountId}/nodes/{nodeId}",             "401    404      403    200    200    200    403    200",
            async w => { var id = await w.FreshPersonAsync(); return new Probe($"/api/accounts/{w.Account}/nodes/{id}") { Unharmed = () => w.NodeExistsAsync(id) }; }),
        new("POST /api/accounts/{accountId}/edges",                        "401    404      403    201    201    201    403    201",
            async w => new Probe("/api/accounts/{accountId}/edges") { Json = new { type = "INFLUENCES", from = await w.FreshPersonAsync(), to = w.PersonId, strength = 3 } }),
        new("PATCH /api/accounts/{accountId}/edges/{edgeId}",              "401    404      403    200    200    200    403    200",
            Json("/api/accounts/{accountId}/edges/{edgeId}", _ => new { strength = 4 })),
        new("DELETE /api/accounts/{accountId}/edges/{edgeId}",             "401    404      403    204    204    204    403    204",
            async w => { var id = await w.FreshEdgeAsync(); return new Probe($"/api/accounts/{w.Account}/edges/{id}") { Unharmed = () => w.EdgeExistsAsync(id) }; }),
        new("GET /api/accounts/{accountId}/reach",                         "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/risks",                         "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/matrix",                        "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/sheet",                         "401    404      shown  shown  shown  shown  shown  shown"),
        new("GET /api/relationships",                                      "401    hidden   shown  shown  shown  shown  shown  shown",
            w => Task.FromResult(new Probe($"/api/relationships?counterpart={Uri.EscapeDataString(w.CounterpartName)}"))),
        new("GET /api/accounts/{accountId}/team",                          "401    404      shown  shown  shown  shown  shown  shown")
            { Secret = _ => "ana@demo.salesops.example" },
        new("PUT /api/accounts/{accountId}/team/{email}",                  "401    404      403    403    200    200    403    200",
            async w =>
            {
                var (id, email) = await w.FreshUserAsync();
                return new Probe($"/api/accounts/{w.Account}/team/{email}") { Json = new { role = "Viewer" }, Unharmed = async () => !await w.OnTeamAsync(id) };
            }),
        new("DELETE /api/accounts/{accountId}/team/{userId}",              "401    404      403    403    204    204    403    204",
            async w =>
            {
                var (id, _) = await w.FreshUserAsync(onTeam: true);
                return new Probe($"/api/accounts/{w.Account}/team/{id}") { Unharmed = () => w.OnTeamAsync(id) };
            }),
        new("GET /api/accounts/{accountId}/meetings",                      "401    404      200    200    200    200    200    200"),
        new("POST /api/accounts/{accountId}/meetings",                     "401    404      403    201    201    201    403    201",
            Json("/api/accounts/{accountId}/meetings", w => new { objective = "Knock knock", date = "2026-11-02", held = false, participants = new[] { w.CounterpartId, w.PersonId } })),
        new("POST /api/accounts/{accountId}/meetings/{meetingId}/held",    "401    404      403    200    200    200    403    200",
            async w => new Probe($"/api/accounts/{w.Account}/meetings/{await w.FreshMeetingAsync()}/held") { Json = new { outcome = "Heard" } }),
        new("GET /api/accounts/{accountId}/concerns",                      "401    404      200    200    200    200    200    200"),
        new("POST /api/accounts/{accountId}/concerns",                     "401    404      403    201    201    201    403    201",
            Json("/api/accounts/{accountId}/concerns", w => new { personId = w.PersonId, text = "Who is knocking?" })),
        new("POST /api/accounts/{accountId}/answers",                      "401    404      403    200    200    200    403    200",
            Json("/api/accounts/{accountId}/answers", w => new { argumentId = w.ArgumentId, concernId = w.ConcernId, result = "Convinced" })),

        // Export and import: every account for Admins; one account for its Owners (a read token reads).
        new("GET /api/export",                                             "401    403      403    403    403    200    403    403",
            Path("/api/export")),
        new("GET /api/export (?account=)",                                  "401    404      403    403    200    200    200    200",
            Path("/api/export?account={accountId}")),
        new("GET /api/export/cypher",                                      "401    403      403    403    403    200    403    403",
            Path("/api/export/cypher")),
        new("GET /api/export/cypher (?account=)",                           "401    404      403    403    200    200    200    200",
            Path("/api/export/cypher?account={accountId}")),
        new("POST /api/import",                                            "401    403      403    403    403    200    403    403",
            _ => Task.FromResult(new Probe("/api/import") { JsonBytes = ImportDocument() })),

        // The live hub's transport: signed in to negotiate; past the door it wants a connection id.
        new("* /hubs/maps/negotiate",                                      "401    200      200    200    200    200    200    200",
            _ => Task.FromResult(new Probe("/hubs/maps/negotiate?negotiateVersion=1") { Method = "POST" })),
        new("* /hubs/maps",                                                "401    400      400    400    400    400    400    400",
            Path("/hubs/maps")),
        // Its methods.
        new("HUB JoinMap",                                                 "401    404      ok     ok     ok     ok     ok     ok"),
        new("HUB LeaveMap",                                                "401    ok       ok     ok     ok     ok     ok     ok"),
        new("HUB ChangesSince",                                            "401    404      ok     ok     ok     ok     ok     ok"),

        // Pages: the anonymous go to sign in; an outsider's page shows nothing of the account.
        new("GET /",                                                       "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}",                                   "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}/matrix",                            "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}/meetings",                          "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}/arguments",                         "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}/sheet",                             "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}/team",                              "signin hidden   shown  shown  shown  shown  shown  shown"),
        // Only a person sees their own tokens (a token is told it may not), and only Admins the users.
        new("GET /me/tokens",                                              "signin shown    shown  shown  shown  shown  hidden hidden")
            { Secret = _ => AccessWorld.VisibleToken },
        new("GET /admin/users",                                            "signin hidden   hidden hidden hidden shown  hidden hidden")
            { Secret = _ => AccessWorld.BystanderEmail },
        new("GET /relationships",                                          "signin hidden   200    200    200    200    200    200"),
        new("GET /signin",                                                 "200    200      200    200    200    200    200    200"),
        new("GET /signin/link",                                            "200    200      200    200    200    200    200    200"),
        // A page takes no posts but its own forms' (antiforgery): a bare post is refused, once signed in.
        new("POST /",                                                      "signin 400      400    400    400    400    400    400", PostPage("/")),
        new("POST /accounts/{AccountId}",                                  "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}")),
        new("POST /accounts/{AccountId}/matrix",                           "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/matrix")),
        new("POST /accounts/{AccountId}/meetings",                         "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/meetings")),
        new("POST /accounts/{AccountId}/arguments",                        "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/arguments")),
        new("POST /accounts/{AccountId}/sheet",                            "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/sheet")),
        new("POST /accounts/{AccountId}/team",                             "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/team")),
        new("POST /me/tokens",                                             "signin 400      400    400    400    400    400    400", PostPage("/me/tokens")),
        new("POST /admin/users",                                           "signin 400      400    400    400    400    400    400", PostPage("/admin/users")),
        new("POST /relationships",                                         "signin 400      400    400    400    400    400    400", PostPage("/relationships")),
        new("POST /signin",                                                "400    400      400    400    400    400    400    400", PostPage("/signin")),

        // Signing in and out: open to anyone (a refusal is a redirect back to the sign-in page).
        new("POST /signin/password",                                       "302    302      302    302    302    302    302    302",
            Form("/signin/password", "/signin", ("email", "nobody@elsewhere.example"), ("password", "not-a-password-1"))),
        new("POST /signin/demo",                                           "302    302      302    302    302    302    302    302",
            Form("/signin/demo", "/signin", ("who", "nobody"))),
        new("GET /signin/company",                                         "302    302      302    302    302    302    302    302"),
        new("POST /signin/link",                                           "302    302      302    302    302    302    302    302",
            Form("/signin/link", "/signin", ("token", "sol_unknown"), ("password", "Unknown-Link-1"), ("repeat", "Unknown-Link-1"))),
        new("POST /signout",                                               "302    302      302    302    302    302    302    302",
            _ => Task.FromResult(new Probe("/signout") { Fresh = true })),

        // Health: the status for anyone, the checks for Admins. The API's description: open in Development.
        new("* /health",                                                   "status status   status status status details status status"),
        new("GET /openapi/{documentName}.json",                            "200    200      200    200    200    200    200    200", Path("/openapi/v1.json")),
        new("GET /scalar/{documentName?}",                                 "200    200      200    200    200    200    200    200", Path("/scalar/v1")),
        new("GET /scalar/scalar.js",                                       "200    200      200    200    200    200    200    200"),
        new("GET /scalar/scalar.aspnetcore.js",                            "200    200      200    200    200    200    200    200"),
        new("GET /scalar/favicon.svg",                                     "200    200      200    200    200    200    200    200"),

        // Blazor's own doors: the circuit's transport (a circuit needs a page rendered for its user first).
        new("* /_blazor/negotiate",                                        "200    200      200    200    200    200    200    200",
            _ => Task.FromResult(new Probe("/_blazor/negotiate?negotiateVersion=1") { Method = "POST" })),
        new("* /_blazor",                                                  "400    400      400    400    400    400    400    400", Path("/_blazor")),
        new("* /_blazor/disconnect",                                       "400    400      400    400    400    400    400    400",
            _ => Task.FromResult(new Probe("/_blazor/disconnect") { Method = "POST" })),
        new("* /_blazor/initializers",                                     "200    200      200    200    200    200    200    200", Path("/_blazor/initializers")),
        new("GET /_framework/opaque-redirect",                             "400    400      400    400    400    400    400    400"),

        // Files: the app's scripts and styles are public; any other file name is not there, for anyone.
        new("GET {static-asset}",                                          "200    200      200    200    200    200    200    200", Path("/app.css")),
        new("HEAD {static-asset}",                                         "200    200      200    200    200    200    200    200", Path("/app.css")),
        new("GET {**path:file}",                                           "404    404      404    404    404    404    404    404", Path("/no-such-file.txt")),
        new("HEAD {**path:file}",                                          "404    404      404    404    404    404    404    404", Path("/no-such-file.txt")),
    ];

    private static Func<AccessWorld, Task<Probe>> PostPage(string path) => _ => Task.FromResult(new Probe(path) { Form = [("anything", "1")] });

    /// <summary>A document with one new account (a new id each time), so an allowed import adds and replaces nothing.</summary>
    private static byte[] ImportDocument() => TransferJson.Write(new ExportDocument
    {
        Format = ExportDocument.FormatName,
        FormatVersion = ExportDocument.CurrentVersion,
        Accounts = [new ExportedAccount { Account = new AccountRecord { Id = "acc-import-" + Guid.NewGuid().ToString("n")[..8], Name = "Imported Probe" }, Nodes = [], Edges = [] }],
    });
}
