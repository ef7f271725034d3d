using Spectre.Console;

namespace SalesOps.Web.Cli;

/// <summary>
/// A progress bar on stderr for long work (stdout may carry data): people generated out of the expected
/// total, then a spinner while the store writes. Only on a terminal; redirected, the work runs quietly.
/// Ctrl+C cancels the work's token (System.CommandLine's process termination handling).
/// </summary>
public static class CliProgress
{
    public static async Task<T> RunAsync<T>(string label, long? people, Func<IProgress<int>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsErrorRedirected) return await work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(people is { } n ? $"{label} {n:N0} people" : label, maxValue: Math.Max(1, people ?? 1));
                task.IsIndeterminate = people is null;
                var reporter = new Reporter(task, label);
                var result = await work(reporter);
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Counts people as they are generated; once all are, the rest is the store's write.</summary>
    private sealed class Reporter(ProgressTask task, string label) : IProgress<int>
    {
        private long _done;

        public void Report(int value)
        {
            var done = Interlocked.Add(ref _done, value);
            task.Value = Math.Min(done, task.MaxValue - 1);
            if (done >= task.MaxValue && label.Contains("writing", StringComparison.Ordinal)) task.Description = "Writing to the store";
        }
    }
}
