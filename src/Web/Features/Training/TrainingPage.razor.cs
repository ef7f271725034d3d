using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Model;
using SalesOps.Seed;
using SalesOps.Seed.Training;

namespace SalesOps.Web.Features.Training;

/// <summary>
/// The trainer's page: a set is described, generated with progress (cancellable), listed with its accounts,
/// its answer keys shown on demand, reset or deleted. Every step is a door that needs the Trainer role; a
/// participant who opens the page gets the refusal's words and nothing else.
/// </summary>
public sealed partial class TrainingPage : IDisposable
{
    /// <summary>The form's state: one record, what the page sends.</summary>
    private sealed class Form
    {
        public HashSet<string> Scenarios { get; } = new(StringComparer.Ordinal);
        /// <summary>The page's own language when sets are made in it, else English (as the API and CLI).</summary>
        public string Locale { get; set; } = Locales.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "en";
        public string Size { get; set; } = AccountSize.BuyingCenter.Name();
        public int Seed { get; set; } = 1;
        public DateOnly? Date { get; set; }
        public int Copies { get; set; } = 1;
        public string Participants { get; set; } = "";
        public bool Replace { get; set; }
    }

    /// <summary>Long work in progress: what it is, people generated so far out of at most Total.</summary>
    private sealed record Work(string Label, int Total, CancellationTokenSource Cancel)
    {
        public int Done { get; set; }
    }

    [Inject] private IMediator Mediator { get; set; } = null!;
    [Inject] private TimeProvider Clock { get; set; } = null!;

    private const string ResetAction = "reset", DeleteAction = "delete";
    private static readonly IReadOnlyList<string> Locales = DemoVocabulary.Locales;
    private readonly Form _form = new();
    private readonly Dictionary<string, IReadOnlyList<AnswerKeyView>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private IReadOnlyList<TrainingSetView>? _sets;
    private string? _loadError, _error, _done;
    private (string Set, string What)? _confirm;
    private Work? _work;
    private bool _interactive;

    protected override async Task OnInitializedAsync()
    {
        _form.Date = Clock.Today();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        _interactive = true;
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        try { (_sets, _loadError) = (await Mediator.Send(new ListTrainingSets()), null); }
        catch (GraphException ex) { _loadError = ex.Message; }
    }

    private string? Error(string field) => _errors.GetValueOrDefault(field);

    private void Toggle(string code, bool on)
    {
        if (on) _form.Scenarios.Add(code); else _form.Scenarios.Remove(code);
        _errors.Remove("scenarios");
    }

    /// <summary>The mistakes the page can see before asking; the server checks again and names its own.</summary>
    private bool Check()
    {
        _errors.Clear();
        if (_form.Scenarios.Count == 0) _errors["scenarios"] = L["Training.PickScenario"];
        if (_form.Seed < 0) _errors["seed"] = L["Training.SeedInvalid"];
        if (_form.Copies is < 1 or > TrainingSet.MaxCopies) _errors["copies"] = L["Training.CopiesInvalid", TrainingSet.MaxCopies];
        if (_form.Date is null) _errors["date"] = L["Training.DateMissing"];
        return _errors.Count == 0;
    }

    private async Task GenerateAsync()
    {
        if (!Check()) return;
        var request = new TrainingRequest
        {
            Scenarios = [.. Scenarios.All.Select(s => s.Code()).Where(_form.Scenarios.Contains)],
            Locale = _form.Locale, Size = _form.Size, Seed = _form.Seed, Date = _form.Date, Copies = _form.Copies, Replace = _form.Replace,
        };
        // One line: everyone on every copy. More lines: one group per copy, each on its own map.
        var lines = _form.Participants.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Emails).Where(l => l.Length > 0).ToList();
        if (lines.Count > 1 && lines.Count != _form.Copies)
        {
            _errors["participants"] = L["Training.GroupsMismatch", lines.Count, _form.Copies];
            return;
        }
        request = lines.Count > 1 ? request with { Groups = lines } : request with { Participants = lines.FirstOrDefault() ?? [] };
        TrainingSet set;
        try { set = request.ToSet(Clock.Today()); }
        catch (GraphException ex) { Fail(ex); return; }
        var total = set.Size.People().Max * set.Scenarios.Count * set.Copies;
        await RunAsync(L["Training.Generating"], total, async (progress, ct) =>
        {
            var result = await Mediator.Send(new GenerateTrainingSet(set, request.Replace, progress, request.Participants, request.Groups), ct);
            _keys.Remove(set.Id);
            return L[result.Maps.Count == 1 ? "Training.Generated.One" : "Training.Generated", result.Maps.Count, result.Maps.Sum(m => m.Nodes.Count(n => n.Kind == NodeKind.Person))];
        });
    }

    private async Task ToggleKeysAsync(string setId)
    {
        if (_keys.Remove(setId)) return;
        try { _keys[setId] = await Mediator.Send(new GetAnswerKeys(setId)); _error = null; }
        catch (GraphException ex) { _error = ex.Message; }
    }

    private Task ResetAsync(TrainingSetView set)
    {
        _confirm = null;
        var size = AccountSizes.Parse(set.Size);
        return RunAsync(L["Training.Resetting"], size.People().Max * set.Accounts.Count, async (progress, ct) =>
        {
            var result = await Mediator.Send(new ResetTraining(progress, set.Id), ct);
            if (_keys.ContainsKey(set.Id)) _keys[set.Id] = [.. result.Keys.Select(k => AnswerKeyView.Of(k, L))];
            return L[result.Maps.Count == 1 ? "Training.ResetDone.One" : "Training.ResetDone", result.Maps.Count];
        });
    }

    private Task DeleteAsync(TrainingSetView set)
    {
        _confirm = null;
        return RunAsync(L["Training.Deleting"], set.Accounts.Count, async (_, ct) =>
        {
            var deleted = await Mediator.Send(new DeleteTrainingSet(set.Id), ct);
            _keys.Remove(set.Id);
            return L[deleted.Count == 1 ? "Training.Deleted.One" : "Training.Deleted", deleted.Count];
        });
    }

    private void Cancel() => _work?.Cancel.Cancel();

    /// <summary>Long work with a progress bar and Cancel; the list is read again after, whatever happened.</summary>
    private async Task RunAsync(string label, int total, Func<IProgress<int>, CancellationToken, Task<string>> work)
    {
        using var cancel = new CancellationTokenSource();
        var current = _work = new Work(label, Math.Max(total, 1), cancel);
        (_error, _done) = (null, null);
        // Progress<T> calls back on the renderer's context it was made on: safe to render from.
        var progress = new Progress<int>(n => { current.Done += n; StateHasChanged(); });
        try { _done = await work(progress, cancel.Token); }
        catch (OperationCanceledException) { _done = L["Training.Cancelled"]; }
        catch (GraphException ex) { Fail(ex); }
        finally { _work = null; }
        await LoadAsync();
    }

    private void Fail(GraphException ex)
    {
        // Groups are lines of the participants' box.
        if (ex.Field is { } field) _errors[field == "groups" ? "participants" : field] = ex.Message; else _error = ex.Message;
    }

    private static string[] Emails(string line) => line.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => _work?.Cancel.Cancel();
}
