using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Features.Exchange;

/// <summary>
/// Contacts in from a CRM file: upload, a preview of every row (nothing written), columns mapped by hand
/// where the guess is wrong, one commit on confirm, and undo of the last import. The file stays in this
/// circuit's memory only while the page is open.
/// </summary>
public sealed partial class ContactImportPage
{
    private static readonly string[] Encodings = ["utf-8", "utf-16", "windows-1252"];
    private static readonly string[] Separators = [",", ";", "tab", "|"];

    private AccountMap? _map;
    private ImportRecord? _last;
    private ImportPreview? _preview;
    private byte[]? _file;
    private string? _fileName, _error, _notice, _encoding, _separator;
    private ColumnMapping _choices = ColumnMapping.None;
    private bool _busy;

    protected override async Task LoadAsync()
    {
        try
        {
            _map = await Mediator.Send(new GetMap(AccountId)) ?? throw GraphException.NotFound(L["Access.NoAccount", AccountId]);
            _last = await Mediator.Send(new GetLastContactImport(AccountId));
        }
        catch (GraphException ex) { _error = ex.Message; }
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        var limit = ImportOptions.Default.MaxBytes;
        (_preview, _file, _choices, _notice, _error) = (null, null, ColumnMapping.None, null, null);
        if (e.File.Size > limit)
        {
            _error = ImportWords.Say(new ImportIssue(IssueKind.FileTooBig) { Values = [(limit / 1_000_000).ToString(CultureInfo.InvariantCulture)] }, L);
            return;
        }
        _busy = true;
        _notice = L["ImportPage.Reading"];
        StateHasChanged();
        try
        {
            await using var stream = e.File.OpenReadStream(limit);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            (_file, _fileName) = (buffer.ToArray(), e.File.Name);
        }
        catch (IOException ex) { _error = ex.Message; }
        finally { _busy = false; }
        await PreviewAsync();
    }

    /// <summary>Reads the file again with the current choices: columns, encoding, separator.</summary>
    private async Task PreviewAsync()
    {
        if (_file is null) return;
        await RunAsync(async () =>
        {
            _preview = await Mediator.Send(new PreviewContactImport(AccountId, _file, _choices, Options()));
            _notice = null;
        });
    }

    private Task MapAsync((string Header, ContactField Field) choice)
    {
        _choices = _choices.With(choice.Header, choice.Field);
        return PreviewAsync();
    }

    private async Task ImportAsync()
    {
        if (_file is null || _preview is not { } seen) return;
        await RunAsync(async () =>
        {
            var outcome = await Mediator.Send(new ImportContacts(AccountId, _file, _choices, Options(), seen.BaseVersion, _fileName));
            if (outcome.Imported is not { } done)
            {
                _preview = outcome.Preview;
                return;
            }
            (_preview, _file, _last) = (null, null, done);
            _notice = L["ImportPage.Done", done.NewPeople, done.UpdatedPeople, done.Version];
        });
    }

    private Task UndoAsync() => RunAsync(async () =>
    {
        var result = await Mediator.Send(new UndoContactImport(AccountId));
        _last = null;
        _notice = L["ImportPage.Undone", result.Version];
    });

    private ImportOptions Options() => new()
    {
        Encoding = string.IsNullOrEmpty(_encoding) ? null : _encoding,
        Separator = ImportWords.ParseSeparator(_separator),
    };

    private async Task RunAsync(Func<Task> action)
    {
        _busy = true;
        _error = null;
        try { await action(); }
        catch (GraphException ex) { _error = ex.Message; }
        finally { _busy = false; }
    }
}
