using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The lint of every statement the store sends passes when it reports nothing; these statements must be
/// reported, so a linter that has stopped looking (wrong package, wrong filter, wrong version) fails here.
/// </summary>
public sealed class CypherLintCanaryTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN id(n)", "deprecated")] // id() is deprecated in Cypher 5: elementId()
    [InlineData("MATCH (n:Person) WHERE exists(n.name) RETURN n", "")] // exists(prop) was removed in 5
    [InlineData("MATCH (n:Person RETURN n", "")] // a syntax error
    [InlineData("MATCH (n:Person) RETURN m", "not defined")] // a semantic error
    public async Task A_deprecated_or_wrong_statement_is_reported_for_both_versions(string statement, string expected)
    {
        var problems = await CypherLint.ProblemsAsync([(statement, new())]);

        problems.ShouldContain(p => p.StartsWith("CYPHER 5:", StringComparison.Ordinal) && p.Contains(expected, StringComparison.OrdinalIgnoreCase));
        problems.ShouldContain(p => p.StartsWith("CYPHER 25:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clean_statement_is_not_reported()
    {
        var problems = await CypherLint.ProblemsAsync([("MATCH (n:Person {id: $id}) RETURN elementId(n)", new() { ["id"] = "p-1" })]);

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }
}
