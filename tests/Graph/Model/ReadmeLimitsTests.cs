using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Model;

/// <summary>
/// README's "Limits" table says what the code does: each count is the constant the writes check, and each
/// text length is where the rules start refusing (at the limit accepted, one past it refused naming the field).
/// The API, pages, import and CLI all decide through these rules (tests/Web/Faults for each door).
/// </summary>
public sealed class ReadmeLimitsTests
{
    private static readonly string[] Table = File.ReadAllLines(Path.Combine(Root(), "README.md"))
        .SkipWhile(l => l != "### Limits").Skip(1).TakeWhile(l => !l.StartsWith('#')).Where(l => l.StartsWith('|')).ToArray();

    [Theory]
    [InlineData("nodes per account", Limits.NodesPerAccount, "limit:nodesPerAccount")]
    [InlineData("relationships per account", Limits.EdgesPerAccount, "limit:edgesPerAccount")]
    [InlineData("participants per meeting", Limits.ParticipantsPerMeeting, "limit:participantsPerMeeting")]
    [InlineData("position history entries per account", Limits.HistoryEntriesPerAccount, "limit:historyEntriesPerAccount")]
    public void Each_count_in_the_table_is_the_limit_the_writes_check(string row, int value, string field)
    {
        var line = Table.Single(l => l.StartsWith("| " + row, StringComparison.Ordinal));

        line.ShouldContain($"| {value.ToString("N0", CultureInfo.InvariantCulture)} |");
        line.ShouldContain($"`{field}`");
    }

    [Fact]
    public void The_import_document_size_in_the_table_is_the_limit_the_reader_checks()
    {
        var line = Table.Single(l => l.StartsWith("| import document", StringComparison.Ordinal));

        line.ShouldContain($"| {Limits.ImportDocumentBytes / (1024 * 1024)} MiB |");
        line.ShouldContain("413, `limit:importDocumentBytes`");
    }

    public static TheoryData<string, string, int> Texts => new()
    {
        { "Person", "name", 100 }, { "Counterpart", "name", 100 }, { "Function", "name", 100 },
        { "Meeting", "name", 200 }, { "Concern", "name", 200 }, { "Argument", "name", 200 },
        { "Person", "title", 120 }, { "Person", "phone", 40 }, { "Person", "concerns", 2000 },
        { "Meeting", "topic", 300 }, { "Meeting", "outcome", 2000 }, { "Meeting", "nextSteps", 2000 }, { "Argument", "text", 4000 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_text_length_in_the_table_is_where_the_rules_start_refusing(string kind, string field, int max)
    {
        var k = Enum.Parse<NodeKind>(kind);
        Table.ShouldContain(l => l.Contains(max.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal), $"README names {max} for {kind}.{field}");

        Should.NotThrow(() => NodeRules.Create(Draft(k, field, new string(field == "phone" ? '1' : 'x', max))));
        var error = Should.Throw<GraphException>(() => NodeRules.Create(Draft(k, field, new string(field == "phone" ? '1' : 'x', max + 1))));

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, field));
    }

    private static NodeDraft Draft(NodeKind kind, string field, string text)
    {
        var draft = new NodeDraft { Kind = kind, Name = "Named", Date = kind == NodeKind.Meeting ? new DateOnly(2026, 3, 2) : null, Text = kind == NodeKind.Argument ? "Said" : null };
        return field switch
        {
            "name" => draft with { Name = text },
            "title" => draft with { Title = text },
            "phone" => draft with { Phone = text },
            "concerns" => draft with { Concerns = text },
            "topic" => draft with { Topic = text },
            "outcome" => draft with { Outcome = text },
            "nextSteps" => draft with { NextSteps = text },
            _ => draft with { Text = text },
        };
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && Directory.Exists(Path.Combine(dir.FullName, "src"))) return dir.FullName;
        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }
}
