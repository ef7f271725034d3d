using System.Globalization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>The literals of the Cypher script; that the script loads into a real Neo4j is in <see cref="Neo4jTransferTests"/>.</summary>
public sealed class CypherScriptTests
{
    [Theory]
    [InlineData("Vidal", "'Vidal'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData(@"C:\temp\new", @"'C:\\temp\\new'")]
    [InlineData("one\ntwo\r\nthree\tfour", @"'one\ntwo\r\nthree\tfour'")]
    [InlineData("bell\u0007 nul\u0000 sep\u2028", @"'bell\u0007 nul\u0000 sep\u2028'")]
    [InlineData("Zoë Łukasiewicz 👩‍💼 „x“", "'Zoë Łukasiewicz 👩‍💼 „x“'")]
    [InlineData("' }) DETACH DELETE (n) //", @"'\' }) DETACH DELETE (n) //'")]
    public void Strings_are_quoted_with_every_dangerous_character_escaped(string value, string literal) =>
        CypherLiteral.Text(value).ShouldBe(literal);

    [Fact]
    public void A_lone_surrogate_is_escaped_since_UTF8_cannot_carry_it() =>
        CypherLiteral.Text("a\ud83d b").ShouldBe(@"'a\uD83D b'");

    [Theory]
    [InlineData(10.5, "10.5")]
    [InlineData(-20.0, "-20.0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(1.5e20, "1.5E20")]
    public void Floats_stay_floats_in_the_invariant_culture(double value, string literal)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // decimal comma: must not leak in
        try
        {
            CypherLiteral.Of(value).ShouldBe(literal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Other_values_and_lists()
    {
        (CypherLiteral.Of(42L), CypherLiteral.Of(3), CypherLiteral.Of(true), CypherLiteral.Of(false)).ShouldBe(("42", "3", "true", "false"));
        CypherLiteral.Of(new List<string> { "DecisionMaker", "O'Neil" }).ShouldBe(@"['DecisionMaker', 'O\'Neil']");
        Should.Throw<ArgumentOutOfRangeException>(() => CypherLiteral.Of(double.NaN));
    }

    [Fact]
    public void The_script_is_one_statement_per_line_with_no_text_in_comments()
    {
        var map = Maps.Sample() with { Account = Maps.Sample().Account with { Name = "Evil\n MATCH (n) DETACH DELETE n //" } };

        var script = CypherScript.Write([map]);
        var lines = script.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ShouldAllBe(l => l.EndsWith(';'));
        lines.Count(l => l.StartsWith("CREATE (:Node:", StringComparison.Ordinal)).ShouldBe(4);
        lines.Count(l => l.StartsWith("MATCH (x:Node {id: ", StringComparison.Ordinal)).ShouldBe(4);
        lines.ShouldContain("// account acc-sample: 4 nodes, 4 relationships");
        lines.Single(l => l.StartsWith("CREATE (:Account", StringComparison.Ordinal)).ShouldBe(
            @"CREATE (:Account {id: 'acc-sample', name: 'Evil\n MATCH (n) DETACH DELETE n //', industry: 'Packaging', country: 'Spain', " +
            "position: 'Listed', shareOfWallet: 12, potentialAmount: '1250000.50', potentialCurrency: 'EUR', bringsInnovations: true, " +
            "involvesInDevelopment: false, consultsOnStrategy: false, version: 1, seq: 8});");
        lines.ShouldContain(
            "MATCH (x:Node {id: 'c-ana', accountId: 'acc-sample'}), (y:Node {id: 'p-luis', accountId: 'acc-sample'}) " +
            "CREATE (x)-[:TALKS_WITH {id: 'e-talks', accountId: 'acc-sample', strength: 4, dotted: false, status: 'Active', " +
            "cadenceDays: 30, lastContact: '2026-11-02', goal: 'Get the framework contract renewed', version: 1, seq: 7}]->(y);");
        lines.ShouldContain(l => l.StartsWith("CREATE (:Node:Person {id: 'p-maria', accountId: 'acc-sample', name: 'María Vidal', title: 'CFO', level: 'Executive', roles: ['DecisionMaker', 'Signer'],", StringComparison.Ordinal)
            && l.EndsWith("x: 10.5, y: -20.0, version: 1, seq: 1});", StringComparison.Ordinal));
    }

    [Fact]
    public void An_account_id_that_is_not_a_plain_id_stays_out_of_the_comment()
    {
        var map = Maps.Sample() with { Account = Maps.Sample().Account with { Id = "x\nMATCH (n) DETACH DELETE n" } };

        var script = CypherScript.Write([map]);

        script.ShouldContain("\n// account: 4 nodes, 4 relationships\n");
        script.ShouldNotContain("\nMATCH (n) DETACH DELETE n");
    }

    [Fact]
    public void An_id_ending_in_a_line_break_stays_out_of_the_comment_and_is_escaped_in_the_statements()
    {
        // Only a map from before ids ended at \z could hold one: '$' let "acc-sample\n" pass as a plain id.
        var sample = Maps.Sample();
        var map = sample with { Account = sample.Account with { Id = "acc-sample\n" }, Nodes = [.. sample.Nodes.Select((n, i) => i == 0 ? n with { Id = n.Id + "\n" } : n)] };

        var lines = CypherScript.Write([map]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ShouldAllBe(l => l.EndsWith(';'));
        lines.ShouldContain("// account: 4 nodes, 4 relationships");
        lines.ShouldContain(l => l.StartsWith("CREATE (:Node:", StringComparison.Ordinal) && l.Contains($"{{id: '{sample.Nodes[0].Id}\\n', accountId: 'acc-sample\\n'", StringComparison.Ordinal));
    }
}
