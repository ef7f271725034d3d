using System.CommandLine;
using System.CommandLine.Parsing;
using SalesOps.Web.Features.Access;
using SalesOps.Web.Features.Exchange;
using SalesOps.Web.Features.Training;
using SalesOps.Web.Features.Transfer;

namespace SalesOps.Web.Cli;

/// <summary>
/// The command line: <c>export</c>, <c>export-cypher</c>, <c>import</c>, <c>generate</c>, <c>training …</c>, <c>users add</c>, <c>token create</c> and the
/// exchange verbs (<c>import-csv</c>, <c>undo-import</c>, <c>export-sheet</c>, <c>export-picture</c>, <c>export-invite</c>)
/// against the app's configured store (SALESOPS_STORE, SALESOPS_DATA, SALESOPS_NEO4J_* …) without the web
/// server; no verb starts the server. Data goes to a file or stdout, messages and progress to stderr.
/// Exit codes: 0 done, 1 the store, a document or a file refused (or Ctrl+C), 2 wrong usage or configuration.
/// Completion: the <c>[suggest]</c> directive (dotnet-suggest), or <c>completion bash</c> for a script.
/// </summary>
public static class Cli
{
    public const int Done = 0, Refused = 1, Usage = 2;

    private static readonly string[] Entries = ["export", "export-cypher", "import", "generate", "training", "users", "token", "import-csv", "undo-import", "export-sheet", "export-picture", "export-invite", "completion", "-h", "--help", "-?", "--version"];

    /// <summary>Whether the arguments are a command for the command line rather than the web server's own (--urls …).</summary>
    public static bool Handles(string[] args) =>
        args is [var first, ..] && (Entries.Contains(first, StringComparer.Ordinal) || first.StartsWith("[suggest", StringComparison.Ordinal));

    public static RootCommand Build()
    {
        var root = new RootCommand("SalesOps: maps of B2B buying centers. Without a command, the web app starts.");
        foreach (var command in TransferVerbs.Commands()) root.Subcommands.Add(command);
        foreach (var command in TrainingVerbs.Commands()) root.Subcommands.Add(command);
        foreach (var command in AccessVerbs.Commands()) root.Subcommands.Add(command);
        foreach (var command in ExchangeVerbs.Commands()) root.Subcommands.Add(command);
        root.Subcommands.Add(Completion.Command(root));
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Build();
        var parsed = root.Parse(args);
        // Our own words for wrong usage (and exit 2), before System.CommandLine's; help and directives run as usual.
        if (parsed.Errors.Count > 0 && parsed.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            await Console.Error.WriteLineAsync($"salesops {Verb(parsed)}: {Explain(parsed)}\nusage: {UsageOf(parsed.CommandResult.Command)}");
            return Usage;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
    }

    /// <summary>"export" or "training generate": the command's path below the root.</summary>
    public static string Verb(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var names = new List<string>();
        for (SymbolResult? r = parsed.CommandResult; r is CommandResult { Command: not RootCommand } c; r = c.Parent) names.Insert(0, c.Command.Name);
        return names.Count == 0 ? "" : string.Join(' ', names);
    }

    private static string Explain(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens is [var token, ..])
            return token.StartsWith('-') && token != "-" ? $"unknown option '{token}'." : $"unexpected argument '{token}'.";
        var error = parsed.Errors[0];
        if (error.SymbolResult is ArgumentResult { Argument: var argument } && argument == TransferVerbs.ImportFile && parsed.GetResult(argument) is null or { Tokens.Count: 0 })
            return "which file? Give the document to import (or '-' for stdin).";
        return error.Message;
    }

    private static string UsageOf(Command command)
    {
        var path = new List<string>();
        for (Symbol? s = command; s is Command c and not RootCommand; s = c.Parents.FirstOrDefault()) path.Insert(0, c.Name);
        var arguments = string.Concat(command.Arguments.Select(a => $" <{a.Name}>"));
        var what = command.Subcommands.Count > 0 ? " <command>" : "";
        return $"salesops {string.Join(' ', path)}{what}{arguments} [options]   (salesops {string.Join(' ', path)} --help for more)";
    }
}
