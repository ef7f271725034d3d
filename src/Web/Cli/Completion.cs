using System.CommandLine;

namespace SalesOps.Web.Cli;

/// <summary>
/// Tab completion. System.CommandLine answers the <c>[suggest:position] "command line"</c> directive with the
/// words that fit (verbs, options, sizes, locales, scenario codes); <c>completion bash</c> prints a bash
/// script that asks it, for a <c>salesops</c> alias or wrapper of the app.
/// </summary>
public static class Completion
{
    public const string Bash = """
        # SalesOps tab completion: eval "$(salesops completion bash)"
        _salesops_complete() {
            local IFS=$'\n'
            COMPREPLY=( $(salesops "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) )
        }
        complete -o default -F _salesops_complete salesops
        """;

    public static Command Command(RootCommand root)
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash." }.AcceptOnlyFromAmong("bash");
        var command = new Command("completion", "Prints the tab-completion script for a shell.") { shell };
        command.SetAction(_ =>
        {
            Console.Out.WriteLine(Bash);
            return Cli.Done;
        });
        return command;
    }
}
