using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Exchange;

/// <summary>
/// The file of an upload: the request body itself (text/csv, application/octet-stream …) or the part
/// "file" of a form (curl -F file=@contacts.csv). Read no further than the import's limit, so a huge
/// upload is refused before it costs memory. A browser on another site cannot send such a form with
/// the sign-in cookie (SameSite=Lax), and a token is never sent without being asked.
/// </summary>
public static class UploadedFile
{
    public static async Task<(byte[] Bytes, string? Name)> ReadAsync(HttpRequest request, IStringLocalizer<Text> words, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = ImportOptions.Default.MaxBytes;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                ?? throw GraphException.Invalid(words["Error.Upload.NoFile"], "file");
            if (file.Length > limit) throw TooBig(limit, words);
            await using var part = file.OpenReadStream();
            return (await ReadAsync(part, limit, words, ct), Path.GetFileName(file.FileName));
        }
        return (await ReadAsync(request.Body, limit, words, ct), null);
    }

    private static async Task<byte[]> ReadAsync(Stream stream, long limit, IStringLocalizer<Text> words, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) throw TooBig(limit, words);
        }
        if (buffer.Length == 0) throw GraphException.Invalid(ImportWords.Say(new ImportIssue(IssueKind.EmptyFile), words), "file");
        return buffer.ToArray();
    }

    private static GraphException TooBig(long limit, IStringLocalizer<Text> words) => GraphException.Invalid(
        ImportWords.Say(new ImportIssue(IssueKind.FileTooBig) { Values = [(limit / 1_000_000).ToString(CultureInfo.InvariantCulture)] }, words), "file");
}
