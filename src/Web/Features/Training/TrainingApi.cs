using Microsoft.Extensions.Localization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SalesOps.Graph.Model;
using SalesOps.Seed.Training;

namespace SalesOps.Web.Features.Training;

/// <summary>
/// What a trainer asks for, as the API (and the page) take it: scenario codes, locale, size name, seed,
/// date (today without it), copies and the participants' e-mail addresses. Unknown values are the caller's error.
/// </summary>
public sealed record TrainingRequest
{
    public IReadOnlyList<string>? Scenarios { get; init; }
    public string? Locale { get; init; }
    public string? Size { get; init; }
    public int? Seed { get; init; }
    public DateOnly? Date { get; init; }
    public int? Copies { get; init; }
    public IReadOnlyList<string>? Participants { get; init; }
    /// <summary>One list of e-mail addresses per copy: group k edits copy k only.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Groups { get; init; }
    public bool Replace { get; init; }

    public TrainingSet ToSet(DateOnly today)
    {
        var codes = (Scenarios ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (codes.Count == 0) throw GraphException.Invalid(InputWords.Say("Error.Input.Scenarios.None"), "scenarios");
        var unknown = codes.Where(c => !SalesOps.Seed.Training.Scenarios.All.Any(s => s.Code() == c)).ToList();
        if (unknown.Count > 0)
            throw GraphException.Invalid(InputWords.Say("Error.Input.Scenarios.Unknown", string.Join(", ", unknown.Select(u => $"'{u}'")), string.Join(", ", SalesOps.Seed.Training.Scenarios.All.Select(s => s.Code()))), "scenarios");
        var locale = Locale ?? "en";
        if (!SalesOps.Seed.DemoVocabulary.Locales.Contains(locale)) throw GraphException.Invalid(InputWords.Say("Error.Input.Locale.Unknown", locale, string.Join(", ", SalesOps.Seed.DemoVocabulary.Locales)), "locale");
        var size = AccountSizes.All.Where(s => s.Name() == (Size ?? AccountSize.BuyingCenter.Name())).Select(s => (AccountSize?)s).FirstOrDefault()
            ?? throw GraphException.Invalid(InputWords.Say("Error.Input.Size.Unknown", Size ?? "", string.Join(", ", AccountSizes.All.Select(s => s.Name()))), "size");
        if (Seed is < 0) throw GraphException.Invalid(InputWords.Say("Error.Input.Seed.Negative"), "seed");
        if (Copies is < 1 or > TrainingSet.MaxCopies) throw GraphException.Invalid(InputWords.Say("Error.Input.Copies.Range", TrainingSet.MaxCopies), "copies");
        return new TrainingSet
        {
            Scenarios = [.. codes.Distinct(StringComparer.Ordinal).Select(SalesOps.Seed.Training.Scenarios.Parse)],
            Locale = locale, Size = size, Seed = Seed ?? 1, ReferenceDate = Date ?? today, Copies = Copies ?? 1,
        };
    }
}

/// <summary>What a generate or reset wrote: the set, its accounts and (to the trainer only) their answer keys.</summary>
public sealed record GeneratedSetDto(string Id, IReadOnlyList<string> Accounts, IReadOnlyList<string> Replaced, IReadOnlyList<AnswerKeyView> Keys)
{
    public static GeneratedSetDto Of(string id, GeneratedSet set, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new(id, [.. set.Maps.Select(m => m.Account.Id)], set.Replaced, [.. set.Keys.Select(k => AnswerKeyView.Of(k, text))]);
    }
}

public static class TrainingApi
{
    /// <summary>Training sets for trainers and admins: every door below needs the Trainer role (AccessBehavior decides).</summary>
    public static void MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/training").WithTags("Training");

        api.MapGet("/sets", async (IMediator m, CancellationToken ct) => await m.Send(new ListTrainingSets(), ct))
            .WithSummary("The training sets in the store, each with its accounts (scenario, copy).").ProducesProblem(403);

        api.MapGet("/sets/{setId}/keys", async (string setId, IMediator m, CancellationToken ct) => await m.Send(new GetAnswerKeys(setId), ct))
            .WithSummary("The answer keys of a set's accounts as generated: who decides, the best way in, the top risks, the lesson.")
            .ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/sets", async (TrainingRequest body, TimeProvider clock, IMediator m, IStringLocalizer<Text> text, CancellationToken ct) =>
            {
                var set = body.ToSet(clock.Today());
                var result = await m.Send(new GenerateTrainingSet(set, body.Replace, Participants: body.Participants, Groups: body.Groups), ct);
                return TypedResults.Created($"/api/training/sets/{set.Id}", GeneratedSetDto.Of(set.Id, result, text));
            })
            .WithSummary("Generates a training set: { scenarios: [codes], locale: es|en|de, size, seed, date: yyyy-MM-dd, copies, participants: [e-mails], groups: [[e-mails], …], replace }.")
            .WithDescription("The caller owns the accounts; participants join every account's team as Editors, each group (one per copy) only its copy. An account that exists is a 409 unless replace.")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(409);

        api.MapPost("/sets/{setId}/reset", async (string setId, IMediator m, IStringLocalizer<Text> text, CancellationToken ct) =>
                GeneratedSetDto.Of(setId, await m.Send(new ResetTraining(SetId: setId), ct), text))
            .WithSummary("Puts the set's accounts back to exactly what was generated; their teams stay. No other account is touched.")
            .ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/reset", async (IMediator m, IStringLocalizer<Text> text, CancellationToken ct) => GeneratedSetDto.Of("", await m.Send(new ResetTraining(), ct), text))
            .WithSummary("Puts every training account back to what was generated.").ProducesProblem(403);

        api.MapDelete("/sets/{setId}", async Task<NoContent> (string setId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteTrainingSet(setId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the set's accounts, and nothing else.").ProducesProblem(403).ProducesProblem(404);
    }
}
