using Mediator;
using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Meetings;

public sealed partial class MeetingsPage : Features.AccountPage
{
    // Suggestions in the reader's language (Meetings.Objective.*); what is typed is kept as typed.
    private static readonly string[] Objectives =
        ["QuarterlyReview", "TechnicalWorkshop", "PriceNegotiation", "PlantVisit", "ExecutiveAlignment", "ProductDemo", "ContractRenewal"];

    /// <summary>The form's input; kept in the tab (<see cref="TabDraft{T}"/>) until it is logged.</summary>
    internal sealed class Form
    {
        public string Objective { get; set; } = "";
        public DateOnly? Date { get; set; }
        public MeetingMethod Method { get; set; } = MeetingMethod.OnSite;
        public string? Topics { get; set; }
        public HashSet<string> Participants { get; init; } = new(StringComparer.Ordinal);
        public bool Held { get; set; } = true;
        public string? Outcome { get; set; }
        public string? NextSteps { get; set; }
        public string? DocTitle { get; set; }
        public string? DocUrl { get; set; }

        /// <summary>Whether anything was typed or chosen beyond what a fresh form holds (its day and kind are preset).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public bool Touched => Objective.Length > 0 || Participants.Count > 0 || !string.IsNullOrEmpty(Topics) || !string.IsNullOrEmpty(Outcome)
            || !string.IsNullOrEmpty(NextSteps) || !string.IsNullOrEmpty(DocTitle) || !string.IsNullOrEmpty(DocUrl);
    }

    private AccountMap? _map;
    private MeetingStats? _stats;
    private Form _form = new();
    private IReadOnlyList<(string Ours, string Theirs)>? _missing;
    private string? _error, _notice;
    private bool _busy;
    private DateOnly _today;

    [Inject] private IMediator Mediator { get; set; } = null!;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Inject] private Microsoft.JSInterop.IJSRuntime JS { get; set; } = null!;

    private TabDraft<Form>? _draft;

    /// <summary>
    /// Once interactive and the map is there (the form shows with it), brings back a meeting this tab had not logged;
    /// after that keeps the form as it changes.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_map is not { } map) return;
        if (_draft is null)
        {
            _draft = new TabDraft<Form>(JS, "salesops-meeting:" + AccountId);
            if (await _draft.TakeAsync() is { Touched: true } kept && !_form.Touched)
            {
                kept.Participants.RemoveWhere(id => map.Find(id) is null); // someone deleted since
                _form = kept;
                _notice = L["Meetings.DraftBack"];
                StateHasChanged();
            }
            return;
        }
        await _draft.KeepAsync(_form.Touched ? _form : null);
    }

    protected override async Task OnParametersSetAsync()
    {
        _today = Clock.Today();
        _form.Date ??= _today;
        await base.OnParametersSetAsync();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task LoadAsync()
    {
        try { (_map, _stats) = await Mediator.Send(new GetMeetings(AccountId)); }
        catch (GraphException ex) { _error = ex.Message; }
    }

    private void Toggle(string id, bool on)
    {
        if (on) _form.Participants.Add(id); else _form.Participants.Remove(id);
        _missing = null;
    }

    private string Name(string id) => _map?.Find(id)?.Name ?? id;

    /// <summary>A held meeting between people who have no relationship yet asks before creating one.</summary>
    private Task SubmitAsync()
    {
        _missing = _form.Held ? Graph.Plan.Meetings.MissingRelationships(_map!, _form.Participants) : [];
        return _missing.Count > 0 ? Task.CompletedTask : LogAsync(false);
    }

    private async Task LogAsync(bool createMissing)
    {
        _busy = true;
        try
        {
            IReadOnlyList<DocumentLink>? docs = string.IsNullOrWhiteSpace(_form.DocTitle) && string.IsNullOrWhiteSpace(_form.DocUrl)
                ? null : [new DocumentLink(_form.DocTitle ?? "", _form.DocUrl ?? "")];
            var draft = new NodeDraft { Kind = NodeKind.Meeting, Name = _form.Objective, Date = _form.Date, Method = _form.Method, Topic = _form.Topics, Outcome = _form.Held ? _form.Outcome : null, NextSteps = _form.Held ? _form.NextSteps : null, Held = _form.Held, Documents = docs };
            await Mediator.Send(new LogMeeting(AccountId, draft, [.. _form.Participants], createMissing));
            _notice = L[$"Meetings.{(_form.Held ? "Logged" : "Planned")}{(_form.Participants.Count == 1 ? ".One" : "")}", _form.Objective, _form.Participants.Count];
            (_form, _error, _missing) = (new Form { Date = _form.Date }, null, null);
            await LoadAsync();
        }
        catch (GraphException ex) { (_error, _missing) = (ex.Message, null); }
        finally { _busy = false; }
    }

    /// <summary>The outcome and day come from that meeting's own form (<see cref="HoldForm"/>), never from another's.</summary>
    private async Task HoldAsync(string meetingId, NodePatch outcome)
    {
        _busy = true;
        try
        {
            await Mediator.Send(new HoldMeeting(AccountId, meetingId, outcome, CreateMissingRelationships: false));
            (_notice, _error) = (L["Meetings.MarkedHeld", Name(meetingId)], null);
            await LoadAsync();
        }
        catch (GraphException ex) { _error = ex.Message; }
        finally { _busy = false; }
    }

}
