using Microsoft.Extensions.Localization;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Transfer;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using SalesOps.Web.Cli;

namespace SalesOps.Web.Features.Training;

/// <summary>
/// <c>generate</c> (plain accounts at a size) and <c>training generate | scenarios | reset</c> on the command line.
/// Generated accounts go into the store, or with <c>--out</c> into an export document and not the store.
/// </summary>
public static class TrainingVerbs
{
    public static IEnumerable<Command> Commands()
    {
        yield return Generate();
        yield return new Command("training", "Training sets: accounts that each hide a lesson, with the trainer's answer key.")
        {
            TrainingGenerate(), Scenarios(), Reset(), Delete(),
        };
    }

    private static Command Generate()
    {
        var (size, locale, seed, date, output, replace) = (SizeOption(), LocaleOption(), SeedOption(), DateOption(), OutOption(), ReplaceOption());
        var count = new Option<int>("--count") { Description = "How many accounts.", DefaultValueFactory = _ => 1 };
        count.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1000) r.AddError("--count must be between 1 and 1000."); });
        var command = new Command("generate", "Generates realistic accounts without a hidden lesson, e.g. the 100,000-person stress account.")
            { size, locale, seed, date, count, output, replace };
        command.SetAction((p, ct) => CliHost.RunAsync("generate", async (services, token) =>
        {
            var (s, day) = (AccountSizes.Parse(p.GetValue(size)!), Day(p.GetValue(date)));
            var people = s.People().Max * p.GetValue(count);
            if (p.GetValue(output) is { } file)
            {
                var maps = await CliProgress.RunAsync("Generating", people, progress => Task.Run(() =>
                    GeneratedAccounts.Generate(s, p.GetValue(locale)!, p.GetValue(seed), day, p.GetValue(count), progress, token), token));
                await CliHost.WriteAsync(file, TransferJson.Write(ExportDocument.Of(maps)), token);
                return $"Generated {CliHost.Count(maps.Count)} ({Persons(maps)}, dated {day:yyyy-MM-dd}){CliHost.Where(file)}.";
            }
            var written = await CliProgress.RunAsync("Generating and writing", people, progress => services.GetRequiredService<IMediator>()
                .Send(new GenerateAccounts(s, p.GetValue(locale)!, p.GetValue(seed), day, p.GetValue(count), p.GetValue(replace), progress), token).AsTask());
            return $"Generated {CliHost.Count(written.Maps.Count)} into the store ({Persons(written.Maps)}, dated {day:yyyy-MM-dd}){Replaced(written)}: {string.Join(", ", written.Maps.Select(m => m.Account.Id))}.";
        }, ct));
        return command;
    }

    private static Command TrainingGenerate()
    {
        var (size, locale, seed, date, output, replace) = (SizeOption(), LocaleOption(), SeedOption(), DateOption(), OutOption(), ReplaceOption());
        var scenarios = new Option<string[]>("--scenario")
        {
            Description = "The lessons, by code (repeat or separate by commas); all nine without it. 'training scenarios' lists them.",
            AllowMultipleArgumentsPerToken = true, HelpName = "code",
        };
        scenarios.CompletionSources.Add(Seed.Training.Scenarios.All.Select(s => s.Code()).ToArray());
        scenarios.Validators.Add(r =>
        {
            foreach (var code in Split(r.GetValueOrDefault<string[]>()).Where(c => !Seed.Training.Scenarios.All.Any(s => s.Code() == c)))
                r.AddError($"'{code}' is not a scenario; use {string.Join(", ", Seed.Training.Scenarios.All.Select(s => s.Code()))}.");
        });
        var copies = new Option<int>("--copies") { Description = "Copies of each account, one per participant or group.", DefaultValueFactory = _ => 1 };
        copies.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > TrainingSet.MaxCopies) r.AddError($"--copies must be between 1 and {TrainingSet.MaxCopies}."); });
        var key = new Option<string>("--key") { Description = "Writes the trainer's answer keys (plain text) to this file.", HelpName = "file" };
        var command = new Command("generate", "Generates a training set: the same set, seed and date give the same maps.")
            { scenarios, locale, size, seed, date, copies, output, key, replace };
        command.SetAction((p, ct) => CliHost.RunAsync("training generate", async (services, token) =>
        {
            var set = new TrainingSet
            {
                Scenarios = Codes(p.GetValue(scenarios)), Locale = p.GetValue(locale)!, Size = AccountSizes.Parse(p.GetValue(size)!),
                Seed = p.GetValue(seed), ReferenceDate = Day(p.GetValue(date)), Copies = p.GetValue(copies),
            };
            var people = set.Size.People().Max * set.Scenarios.Count * set.Copies;
            GeneratedSet result;
            if (p.GetValue(output) is { } file)
            {
                var accounts = await CliProgress.RunAsync("Generating", people, progress => Task.Run(() => TrainingSets.Generate(set, services.GetRequiredService<IStringLocalizer<Text>>(), progress, token), token));
                result = new GeneratedSet([.. accounts.Select(a => a.Map)], [.. accounts.Select(a => a.Key)], []);
                await CliHost.WriteAsync(file, TransferJson.Write(ExportDocument.Of(result.Maps)), token);
            }
            else
            {
                result = await CliProgress.RunAsync("Generating and writing", people, progress => services.GetRequiredService<IMediator>()
                    .Send(new GenerateTrainingSet(set, p.GetValue(replace), progress), token).AsTask());
            }
            if (p.GetValue(key) is { } keyFile) await File.WriteAllTextAsync(keyFile, Keys(result.Keys, services.GetRequiredService<IStringLocalizer<Text>>()), token);
            return $"Generated the training set: {CliHost.Count(result.Maps.Count)}, {set.Locale}, {set.Size.Name()}, seed {set.Seed}, dated {set.ReferenceDate:yyyy-MM-dd}" +
                   $"{(p.GetValue(output) is { } o ? CliHost.Where(o) : " into the store")}{Replaced(result)}." +
                   (p.GetValue(key) is { } k ? $" Answer keys{CliHost.Where(k)}." : " Add --key FILE for the answer keys.");
        }, ct));
        return command;
    }

    private static Command Scenarios()
    {
        var command = new Command("scenarios", "Lists the lessons a training account can hide, by code.");
        command.SetAction(_ =>
        {
            foreach (var s in Seed.Training.Scenarios.All) Console.Out.WriteLine($"{s.Code(),-20}{s.Title()}");
            return Cli.Cli.Done;
        });
        return command;
    }

    private static Command Reset()
    {
        var key = new Option<string>("--key") { Description = "Writes the answer keys of the reset accounts to this file.", HelpName = "file" };
        var set = SetOption("Only this set's accounts (every training account without it).");
        var command = new Command("reset", "Puts training accounts in the store back to exactly what was generated (after a class); their teams stay.") { set, key };
        command.SetAction((p, ct) => CliHost.RunAsync("training reset", async (services, token) =>
        {
            var result = await CliProgress.RunAsync("Resetting", null, progress => services.GetRequiredService<IMediator>().Send(new ResetTraining(progress, p.GetValue(set)), token).AsTask());
            if (p.GetValue(key) is { } keyFile) await File.WriteAllTextAsync(keyFile, Keys(result.Keys, services.GetRequiredService<IStringLocalizer<Text>>()), token);
            return result.Maps.Count == 0 ? "There are no training accounts in the store." : $"Reset {CliHost.Count(result.Maps.Count, "training account", "training accounts")}.";
        }, ct));
        return command;
    }

    private static Command Delete()
    {
        var set = SetOption("The set to delete.");
        set.Required = true;
        var command = new Command("delete", "Deletes every account of one training set, and nothing else.") { set };
        command.SetAction((p, ct) => CliHost.RunAsync("training delete", async (services, token) =>
        {
            var deleted = await services.GetRequiredService<IMediator>().Send(new DeleteTrainingSet(p.GetValue(set)!), token);
            return $"Deleted {CliHost.Count(deleted.Count, "training account", "training accounts")} of {p.GetValue(set)}.";
        }, ct));
        return command;
    }

    /// <summary>A set by its id, as the Training page and the API name it: locale-size-sSEED-dYYYYMMDD.</summary>
    private static Option<string> SetOption(string description) => new("--set") { Description = description + " Its id: locale-size-sSEED-dYYYYMMDD, e.g. es-bc-s42-d20260302.", HelpName = "id" };

    private static Option<string> SizeOption()
    {
        var o = new Option<string>("--size") { Description = "buying-center (6–16 people), mid (50–200), large (500), extra-large (2,000) or stress (100,000).", DefaultValueFactory = _ => AccountSize.BuyingCenter.Name() };
        return o.AcceptOnlyFromAmong([.. AccountSizes.All.Select(s => s.Name())]);
    }

    private static Option<string> LocaleOption() =>
        new Option<string>("--locale") { Description = "The language of everything generated.", DefaultValueFactory = _ => "en" }.AcceptOnlyFromAmong([.. Words.Locales]);

    private static Option<int> SeedOption()
    {
        var o = new Option<int>("--seed") { Description = "The same seed gives the same maps.", DefaultValueFactory = _ => 1 };
        o.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--seed must be 0 or more."); });
        return o;
    }

    private static Option<string> DateOption()
    {
        var o = new Option<string>("--date") { Description = "Reference date, yyyy-MM-dd: dates count from it. Today without it.", HelpName = "yyyy-MM-dd" };
        o.Validators.Add(r => { if (r.GetValueOrDefault<string>() is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) r.AddError($"'{d}' is not a date; write it yyyy-MM-dd."); });
        return o;
    }

    private static Option<string> OutOption() => new("--out") { Description = "Writes an export document to this file instead of the store.", HelpName = "file" };

    private static Option<bool> ReplaceOption() => new("--replace") { Description = "Replaces stored accounts of the same id (puts them back to what is generated)." };

    private static DateOnly Day(string? text) => text is null
        ? TimeProvider.System.Today()
        : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string> Split(string[]? codes) =>
        [.. (codes ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The scenarios asked for (checked by the option's validator), all of them when none.</summary>
    private static IReadOnlyList<Scenario> Codes(string[]? codes) =>
        Split(codes) is { Count: > 0 } list ? [.. list.Select(Seed.Training.Scenarios.Parse).Distinct()] : Seed.Training.Scenarios.All;

    private static string Persons(IReadOnlyList<AccountMap> maps) =>
        maps.Sum(m => m.Nodes.Count(n => n.Kind == NodeKind.Person)) is var n && n == 1 ? "1 person" : string.Create(CultureInfo.InvariantCulture, $"{n:N0} people");

    private static string Replaced(GeneratedSet result) => result.Replaced.Count > 0 ? $", {result.Replaced.Count} replaced" : "";

    private static string Keys(IReadOnlyList<AnswerKey> keys, IStringLocalizer words)
    {
        var text = new StringBuilder("Answer keys — keep them to yourself.\n\n");
        foreach (var key in keys) text.Append(AnswerWords.Text(key, words)).Append('\n');
        return text.ToString();
    }
}
