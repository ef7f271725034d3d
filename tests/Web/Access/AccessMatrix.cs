namespace SalesOps.Tests.Web.Access;

/// <summary>
/// THE access matrix: every door of the app (route and method, as the app's own endpoint list names
/// it, and every hub method) and what each caller hears at it, on a demo account whose team is the
/// demo team. Tokens are Jordi's (the demo accounts' Owner), so they show what the scope adds.
/// Answers: a status code; "signin" (302 to the sign-in page); "shown"/"hidden" (200, with or without
/// the demo account's name in it); "status"/"details" (health without or with its checks); for hub
/// methods "ok" or the status-like refusal (401: no connection; 404: told the account does not exist).
/// A route is filled in with the demo account's ids; a door that destroys gets a fresh target per knock.
/// </summary>
public static partial class AccessMatrix
{
    private static int _trainingSeed = 1000;

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
        // History: the team reads the past; writers restore; only its author (Jordi here, and his write token) undoes a change.
        new("GET /api/accounts/{accountId}/map (?asOf=)",                  "401    404      shown  shown  shown  shown  shown  shown",
            w => Task.FromResult(new Probe($"/api/accounts/{w.Account}/map?asOf={w.StartVersion}"))),
        new("GET /api/accounts/{accountId}/history",                       "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/diff",                          "401    404      200    200    200    200    200    200",
            w => Task.FromResult(new Probe($"/api/accounts/{w.Account}/diff?from={w.StartVersion}"))),
        new("POST /api/accounts/{accountId}/history/{version:long}/undo",  "401    404      403    403    200    403    403    200", UndoChange),
        new("POST /api/accounts/{accountId}/history/{version:long}/restore", "401  404      403    200    200    200    403    200", RestoreChange),

        // Next moves and what-if sketches: the team reads and tries them; Editors, Owners and Admins save, delete and plan.
        new("GET /api/accounts/{accountId}/next-moves",                    "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/next-moves (?sketch=)",         "401    404      200    200    200    200    200    200", Path(WithSketch("next-moves"))),
        new("GET /api/accounts/{accountId}/reach (?sketch=)",              "401    404      200    200    200    200    200    200", Path(WithSketch("reach"))),
        new("GET /api/accounts/{accountId}/risks (?sketch=)",              "401    404      200    200    200    200    200    200", Path(WithSketch("risks"))),
        new("GET /api/accounts/{accountId}/sketches",                      "401    404      shown  shown  shown  shown  shown  shown") { Secret = _ => AccessWorld.SketchName },
        new("GET /api/accounts/{accountId}/sketches/{name}",               "401    404      shown  shown  shown  shown  shown  shown",
            w => Task.FromResult(new Probe(Sketch(w, AccessWorld.SketchName)))) { Secret = _ => AccessWorld.SketchName },
        new("PUT /api/accounts/{accountId}/sketches/{name}",               "401    404      403    200    200    200    403    200", SaveSketch),
        new("DELETE /api/accounts/{accountId}/sketches/{name}",            "401    404      403    204    204    204    403    204", DeleteSketch),
        new("POST /api/accounts/{accountId}/sketches/{name}/planned",      "401    404      403    200    200    200    403    200", PlanSketch),

        // Exchange: the team previews contacts and takes sheets, pictures and invitations; writers import and undo.
        new("POST /api/accounts/{accountId}/import/csv",                   "401    404      403    200    200    200    403    200", w => ImportCsv(w, dryRun: false)),
        new("POST /api/accounts/{accountId}/import/csv (?dryRun=true)",    "401    404      200    200    200    200    200    200", w => ImportCsv(w, dryRun: true)),
        new("POST /api/accounts/{accountId}/import/undo",                  "401    404      403    200    200    200    403    200", UndoImport),
        new("GET /api/accounts/{accountId}/export/{what}.csv",             "401    404      200    200    200    200    200    200", Path("/api/accounts/{accountId}/export/people.csv")),
        new("GET /api/accounts/{accountId}/export/{what}.xlsx",            "401    404      200    200    200    200    200    200", Path("/api/accounts/{accountId}/export/all.xlsx")),
        new("GET /api/accounts/{accountId}/export.xlsx",                   "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/export.svg",                    "401    404      shown  shown  shown  shown  shown  shown") { Secret = w => w.CounterpartName },
        new("GET /api/accounts/{accountId}/export.png",                    "401    404      200    200    200    200    200    200"),
        new("GET /api/accounts/{accountId}/meetings/{meetingId}/invite.ics", "401  404      200    200    200    200    200    200", Invite),
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
            _ => Task.FromResult(new Probe("/api/import") { Body = (ImportDocument(), "application/json") })),

        // Training: trainers (Marta) and Admins generate, list, read keys of, reset and delete sets; the knocks name a set that
        // does not exist (404 once past the door) except generate, which makes a fresh one per knock.
        new("GET /api/training/sets",                                      "401    403      200    403    403    200    403    403"),
        new("GET /api/training/sets/{setId}/keys",                         "401    403      404    403    403    404    403    403",
            Path("/api/training/sets/en-bc-s1-d20200101/keys")),
        new("POST /api/training/sets",                                     "401    403      201    403    403    201    403    403",
            _ => Task.FromResult(new Probe("/api/training/sets") { Json = new { scenarios = new[] { "dormant" }, locale = "en", seed = Interlocked.Increment(ref _trainingSeed), date = "2020-01-01" } })),
        new("POST /api/training/sets/{setId}/reset",                       "401    403      404    403    403    404    403    403",
            Path("/api/training/sets/en-bc-s1-d20200101/reset")),
        new("POST /api/training/reset",                                    "401    403      200    403    403    200    403    403", Path("/api/training/reset")),
        new("DELETE /api/training/sets/{setId}",                           "401    403      404    403    403    404    403    403",
            Path("/api/training/sets/en-bc-s1-d20200101")),

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
        new("GET /accounts/{AccountId}/import",                            "signin hidden   shown  shown  shown  shown  shown  shown"),
        new("GET /accounts/{AccountId}/team",                              "signin hidden   shown  shown  shown  shown  shown  shown"),
        // Only a person sees their own tokens (a token is told it may not), and only Admins the users.
        new("GET /me/tokens",                                              "signin shown    shown  shown  shown  shown  hidden hidden")
            { Secret = _ => AccessWorld.VisibleToken },
        new("GET /admin/users",                                            "signin hidden   hidden hidden hidden shown  hidden hidden")
            { Secret = _ => AccessWorld.BystanderEmail },
        // Training for trainers and Admins (others hear the refusal); the quiz for the account's team (a demo account has none).
        new("GET /training",                                               "signin hidden   shown  hidden hidden shown  hidden hidden")
            { Secret = _ => "New training set" },
        new("GET /accounts/{AccountId}/quiz",                              "signin hidden   shown  shown  shown  shown  shown  shown")
            { Secret = _ => "it has no quiz" },
        // What moved since one's last visit: the accounts one is on a team of (an Admin off the team hears nothing of it).
        new("GET /today",                                                  "signin hidden   shown  shown  shown  hidden shown  shown"),
        new("GET /relationships",                                          "signin hidden   200    200    200    200    200    200"),
        new("GET /signin",                                                 "200    200      200    200    200    200    200    200"),
        new("GET /signin/link",                                            "200    200      200    200    200    200    200    200"),
        // Where a browser lands for an address that has no page (NotFoundPages): open to anyone (a request it stands in for keeps its 404).
        new("GET /not-found",                                              "200    200      200    200    200    200    200    200"),
        // A page takes no posts but its own forms' (antiforgery): a bare post is refused, once signed in.
        new("POST /",                                                      "signin 400      400    400    400    400    400    400", PostPage("/")),
        new("POST /accounts/{AccountId}",                                  "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}")),
        new("POST /accounts/{AccountId}/matrix",                           "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/matrix")),
        new("POST /accounts/{AccountId}/meetings",                         "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/meetings")),
        new("POST /accounts/{AccountId}/arguments",                        "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/arguments")),
        new("POST /accounts/{AccountId}/sheet",                            "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/sheet")),
        new("POST /accounts/{AccountId}/import",                           "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/import")),
        new("POST /accounts/{AccountId}/team",                             "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/team")),
        new("POST /me/tokens",                                             "signin 400      400    400    400    400    400    400", PostPage("/me/tokens")),
        new("POST /admin/users",                                           "signin 400      400    400    400    400    400    400", PostPage("/admin/users")),
        new("POST /training",                                              "signin 400      400    400    400    400    400    400", PostPage("/training")),
        new("POST /accounts/{AccountId}/quiz",                             "signin 400      400    400    400    400    400    400", PostPage("/accounts/{accountId}/quiz")),
        new("POST /today",                                                 "signin 400      400    400    400    400    400    400", PostPage("/today")),
        new("POST /relationships",                                         "signin 400      400    400    400    400    400    400", PostPage("/relationships")),
        new("POST /signin",                                                "400    400      400    400    400    400    400    400", PostPage("/signin")),
        new("POST /not-found",                                             "400    400      400    400    400    400    400    400", PostPage("/not-found")),

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
        // The language picker: anyone chooses (a person signed in also keeps it with their user); English leaves the others' pages as they were.
        new("POST /language",                                              "302    302      302    302    302    302    302    302",
            Form("/language", "/signin", ("language", "en"), ("back", "/"))),

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
}
