using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

public sealed class NextMovesBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    /// <summary>
    /// A demo account whose best way in passes through one of their people before the decision maker:
    /// "what if that person turned detractor?" must change reach (detractors are avoided). Then a brand-new
    /// relationship among the next moves on that what-if, to try and to plan.
    /// </summary>
    private static async Task<(AccountMap Map, string Person, NextMove Move)> WayThroughSomeoneAsync(AppFactory app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        foreach (var summary in await store.ListAccountsAsync(default))
        {
            var map = (await store.GetMapAsync(summary.Account.Id, default))!;
            if (ReachEngine.Find(map, new ReachQuery(), Words.Text).Paths.FirstOrDefault() is not { Hops: >= 2 } best) continue;
            var sketched = new Sketch { Stances = [new SketchStance(best.Nodes[1], Stance.Detractor)] }.ApplyTo(map);
            if (NextMoves.Find(sketched, new NextMovesQuery(K: 10), Words.Text).Moves.FirstOrDefault(m => m.Kind == MoveKind.New && m.EdgeId is null) is { } move)
                return (map, best.Nodes[1], move);
        }
        throw new InvalidOperationException("No demo account has a way in through one of their people and a new relationship to propose.");
    }

    [Fact]
    public async Task A_what_if_stance_change_moves_reach_and_its_relationships_become_planned_ones_dashed_on_the_map()
    {
        var (app, address, api) = StartApp(seed: true);
        var (map, person, move) = await WayThroughSomeoneAsync(app);
        var account = map.Account.Id;
        var sketched = new Sketch { Stances = [new SketchStance(person, Stance.Detractor)] }.ApplyTo(map);
        var realReach = ReachEngine.Find(map, new ReachQuery(K: 3), Words.Text);
        var whatIfReach = ReachEngine.Find(sketched, new ReachQuery(K: 3), Words.Text);
        var page = await NewPageAsync(address, width: 1500, height: 1000);
        await OpenMapAsync(page, account);

        await page.Locator("#tab-nextmoves").ClickAsync();
        await page.Locator($".moves .baseline[data-strength='{Strength(realReach)}']").WaitForAsync();
        (await page.Locator(".moves-list .move").CountAsync()).ShouldBeGreaterThan(0);
        await page.Locator("#what-if-start").ClickAsync();
        await page.Locator(".what-if-banner").WaitForAsync();
        await page.Locator("#what-if-person").SelectOptionAsync(person);
        await page.Locator("#what-if-stance").SelectOptionAsync("Detractor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the stance" }).ClickAsync();

        await page.Locator($".card[data-node-id='{person}'] .what-if-tag").WaitForAsync();
        (await page.Locator(".what-if-banner").TextContentAsync())!.ShouldContain("What-if: not saved to the map.");
        await page.Locator($".moves .baseline[data-strength='{Strength(whatIfReach)}']").WaitForAsync();
        await page.Locator("#tab-reach").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();
        if (whatIfReach.Paths.Count > 0)
            await Expect(page.Locator(".paths li.chosen .explanation")).ToHaveTextAsync(whatIfReach.Paths[0].Explanation);
        else
            await Expect(page.Locator(".reach .empty")).ToContainTextAsync(whatIfReach.Reason!);
        whatIfReach.Paths.FirstOrDefault()?.Explanation.ShouldNotBe(realReach.Paths[0].Explanation);
        await Support.Browser.ShotAsync(page, "what-if-reach");

        await page.Locator("#tab-nextmoves").ClickAsync();
        await page.Locator("#moves-k").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find moves" }).ClickAsync();
        await page.Locator($".moves-list .move[data-from='{move.From}'][data-to='{move.To}'] .try-move").ClickAsync();
        await page.Locator("g.map-link.what-if[data-edge-id^='sketch-']").WaitForAsync();
        (await page.Locator("g.map-link.what-if[data-edge-id^='sketch-']").GetAttributeAsync("stroke-dasharray")).ShouldBe("2 4");
        await Support.Browser.ShotAsync(page, "what-if-move");
        await page.Locator("#what-if-plan").ClickAsync();

        await Expect(page.Locator(".notice")).ToContainTextAsync("Planned 1 relationship");
        var edges = (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray();
        var planned = edges.Single(e => (string)e!["type"]! == "TALKS_WITH" && (string)e["from"]! == move.From && (string)e["to"]! == move.To)!;
        ((string)planned["status"]!, (int)planned["strength"]!).ShouldBe(("Planned", move.Strength));
        var line = page.Locator($"g.map-link[data-edge-id='{(string)planned["id"]!}']");
        await line.WaitForAsync();
        (await line.GetAttributeAsync("stroke-dasharray")).ShouldBe("7 5");
        (await line.GetAttributeAsync("class"))!.ShouldNotContain("what-if");
        (await page.Locator("g.map-link.what-if").CountAsync()).ShouldBe(0);
        (await page.Locator(".notice").TextContentAsync())!.ShouldContain("Stance changes are not written to the map");
        var stance = (string?)(await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().Single(n => (string)n!["id"]! == person)!["stance"];
        stance.ShouldBe(map.Find(person)!.Stance?.ToString());
        await Support.Browser.ShotAsync(page, "what-if-planned");

        // What is left (the stance change) is saved for the team; Marta, a viewer, opens it from a shared link.
        await page.Locator("#what-if-name").FillAsync("If they turn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save for the account team" }).ClickAsync();
        await page.Locator(".saved-sketches li[data-name='If they turn']").WaitForAsync();
        await page.Locator("#what-if-leave").ClickAsync();
        await Expect(page.Locator(".what-if-banner")).ToHaveCountAsync(0);
        (await page.Locator(".what-if-tag").CountAsync()).ShouldBe(0);
        var marta = await NewPageAsync(address, signedInAs: "marta");
        await OpenMapAsync(marta, account, "?tab=nextmoves&sketch=If%20they%20turn");
        await marta.Locator($".card[data-node-id='{person}'] .what-if-tag").WaitForAsync();
        await marta.Locator($".moves .baseline[data-strength='{Strength(whatIfReach)}']").WaitForAsync();
        (await marta.Locator(".saved-sketches li[data-name='If they turn']").TextContentAsync())!.ShouldContain("Lukas Weber");
        (await marta.Locator("#what-if-plan, #what-if-name").CountAsync()).ShouldBe(0, "a viewer explores what-ifs but does not save or plan them");
        (await marta.Locator(".saved-sketches li[data-name='If they turn'] button").AllTextContentsAsync()).ShouldBe(["Open"], "nor deletes them");
    }

    [Fact]
    public async Task The_sheet_lists_the_three_best_moves_and_the_matrix_marks_their_cells_in_words_too()
    {
        var (app, address, _) = StartApp(seed: true);
        var store = app.Services.GetRequiredService<IGraphStore>();
        AccountMap? map = null;
        foreach (var summary in await store.ListAccountsAsync(default))
        {
            map = (await store.GetMapAsync(summary.Account.Id, default))!;
            if (NextMoves.Top(map, Words.Text).Count == 3) break;
        }
        var moves = NextMoves.Top(map!, Words.Text);
        moves.Count.ShouldBe(3);
        var page = await NewPageAsync(address);

        await page.GotoAsync($"/accounts/{map!.Account.Id}/sheet");
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();
        var lines = page.Locator(".sheet-moves .moves-lines li");
        (await lines.AllTextContentsAsync()).Select((t, i) => t.Contains(moves[i].Explanation, StringComparison.Ordinal)).ShouldAllBe(found => found);
        await page.Locator(".sheet-moves").ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "sheet-moves.png") });

        await page.GotoAsync($"/accounts/{map.Account.Id}/matrix");
        await page.Locator(".matrix-wrap[data-ready='true']").WaitForAsync();
        for (var i = 0; i < moves.Count; i++)
        {
            var cell = page.Locator($"td.suggested-move[data-cell='{moves[i].From}|{moves[i].To}']");
            (await cell.Locator(".move-mark").TextContentAsync())!.ShouldBe($"★{i + 1}");
            (await cell.Locator("button.cell-button").GetAttributeAsync("aria-label"))!.ShouldContain($"suggested next move {i + 1}: {moves[i].Explanation}");
        }
        (await page.Locator("td.suggested-move").CountAsync()).ShouldBe(3);
        await Support.Browser.ShotAsync(page, "matrix-moves");
    }

    [Fact]
    public async Task A_decision_maker_our_way_to_is_weaker_is_named_under_the_best_way_in_and_one_click_aims_the_moves_at_them()
    {
        var (app, address, _) = StartApp(seed: true);
        var store = app.Services.GetRequiredService<IGraphStore>();
        AccountMap? map = null;
        NextMovesAnswer? answer = null;
        foreach (var summary in await store.ListAccountsAsync(default))
        {
            map = (await store.GetMapAsync(summary.Account.Id, default))!;
            answer = NextMoves.Find(map, new NextMovesQuery(), Words.Text);
            if (answer.Weaker.Count > 0) break;
        }
        answer!.Weaker.ShouldNotBeEmpty("a demo account with two decision makers, one of them reached less well");
        var weaker = answer.Weaker[0];
        var aimed = NextMoves.Find(map!, new NextMovesQuery(To: weaker.Id), Words.Text);
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, map!.Account.Id);

        await page.Locator("#tab-nextmoves").ClickAsync();
        var item = page.Locator($".moves .weaker li[data-id='{weaker.Id}']");
        await Expect(item).ToContainTextAsync(weaker.Strength > 0 ? $"{weaker.Name}: " : $"{weaker.Name}: no way in");
        await item.GetByRole(AriaRole.Button, new() { Name = $"Moves to {weaker.Name}" }).ClickAsync();

        await Expect(page.Locator("#moves-to")).ToHaveValueAsync(weaker.Id);
        await page.Locator($".moves .baseline[data-strength='{weaker.Strength.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}']").WaitForAsync();
        await Expect(page.Locator(".moves-list .move")).ToHaveCountAsync(aimed.Moves.Count);
        if (aimed.Moves.Count > 0) (await page.Locator(".moves-list .move").First.GetAttributeAsync("data-to")).ShouldBe(aimed.Moves[0].To);
        else await Expect(page.Locator(".moves .empty")).ToContainTextAsync(aimed.Reason!);
        (await page.Locator(".moves .weaker").CountAsync()).ShouldBe(0, "one person is one target");
        await Support.Browser.ShotAsync(page, "next-moves-weaker");

        // The printed sheet says it too, under its three moves.
        await page.GotoAsync($"/accounts/{map.Account.Id}/sheet");
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();
        (await page.Locator(".sheet-moves .moves-note").First.TextContentAsync()).ShouldBe(NextMoveWords.Weaker(Words.Text, weaker, answer.Baseline.Strength));
    }

    private static string Strength(ReachAnswer answer) =>
        (answer.Paths.FirstOrDefault()?.Strength ?? 0).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
