using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// The export document as bytes: camelCase, enums by name, dates yyyy-MM-dd, decimals as exact JSON
/// numbers, nulls left out, indented with "\n" and one trailing newline, UTF-8 with non-ASCII text
/// kept readable. Reading is strict: unknown fields, missing required ones and nulls where a value is
/// required are refused with the JSON path, after the format and its version have been checked.
/// </summary>
public static partial class TransferJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        // The file is data for people and tools, never embedded in HTML: "María" stays María, "O'Brien" O'Brien.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        NewLine = "\n",
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static byte[] Write(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, Options);
        return [.. json, (byte)'\n'];
    }

    /// <summary>Reads a document (at most <see cref="Limits.ImportDocumentBytes"/>: TooLarge past it); anything that is not a SalesOps export of a version we read is Invalid, with the reason.</summary>
    public static async Task<ExportDocument> ReadAsync(Stream stream, CancellationToken ct)
    {
        JsonDocument parsed;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > Limits.ImportDocumentBytes) throw Limits.DocumentTooLarge();
            await using var bounded = new BoundedStream(stream, Limits.ImportDocumentBytes);
            parsed = await JsonDocument.ParseAsync(bounded, default, ct);
        }
        catch (JsonException ex)
        {
            throw GraphException.Invalid(Errors.Say("Import.NotJson", Describe(ex)));
        }
        using (parsed)
        {
            return Read(parsed.RootElement);
        }
    }

    public static ExportDocument Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        JsonElement root;
        try
        {
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw GraphException.Invalid(Errors.Say("Import.NotJson", Describe(ex)));
        }
        return Read(root);
    }

    private static ExportDocument Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw GraphException.Invalid(Errors.Say("Import.NotObject", ExportDocument.FormatName, root.ValueKind.ToString().ToLowerInvariant()), "format");
        var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (format != ExportDocument.FormatName)
            throw GraphException.Invalid(
                Errors.Say("Import.NotExport", ExportDocument.FormatName, format is null ? Errors.Say("Import.NoFormat") : $"\"{format}\""), "format");
        if (!root.TryGetProperty("formatVersion", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
            throw GraphException.Invalid(Errors.Say("Import.NoVersion"), "formatVersion");
        if (!ExportDocument.ReadableVersions.Contains(version))
            throw GraphException.Invalid(
                Errors.Say("Import.Unsupported", version, string.Join($" {Errors.Say("Words.And")} ", ExportDocument.ReadableVersions)), "formatVersion");
        try
        {
            var document = root.Deserialize<ExportDocument>(Options) ?? throw GraphException.Invalid(Errors.Say("Import.Empty"));
            if (version == 1 && document.Accounts.Select((a, i) => (a, i)).FirstOrDefault(x => x.a?.Changes is not null) is { a: not null } logged)
                throw GraphException.Invalid(Errors.Say("Import.V1Changes", logged.i), $"accounts[{logged.i}].changes");
            return document;
        }
        catch (JsonException ex)
        {
            throw GraphException.Invalid(Errors.Say("Import.NotFit", version, Describe(ex)));
        }
    }

    private static string Describe(JsonException ex)
    {
        var message = ex.Message.Split(" Path:")[0].TrimEnd();
        if (Unmapped().Match(message) is { Success: true } unknown)
            message = $"'{unknown.Groups[1].Value}' is not a field of {Words(unknown.Groups[2].Value)}.";
        // "…converted to System.Nullable`1[SalesOps.Graph.Model.Stance]" reads better as "…converted to Stance".
        message = TypeName().Replace(message, "$1$2");
        var where = ex.Path is { Length: > 1 } path ? $" (at {path})" : ex.LineNumber is { } l ? $" (line {l + 1})" : "";
        return message + where;
    }

    private static string Words(string type) => type switch
    {
        nameof(ExportDocument) => "the document",
        nameof(ExportedAccount) => "an account entry (account, nodes, edges, changes)",
        nameof(ChangeRecord) => "a change (version, at, by, kind, of, ops)",
        nameof(AuthorRecord) => "an author (userId, name)",
        nameof(PutAccountRecord) or nameof(PutNodeRecord) or nameof(PutEdgeRecord) or nameof(RemoveNodeRecord) or nameof(RemoveEdgeRecord) => "an op",
        nameof(AccountRecord) => "an account",
        nameof(NodeRecord) => "a node",
        nameof(EdgeRecord) => "an edge",
        nameof(PositionRecord) => "a position history entry (date, position, shareOfWallet)",
        nameof(DocumentLink) => "a document (title, url)",
        _ => type,
    };

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped to any \.NET member contained in type '(?:[\w.]+\.)?(\w+)'\.$")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"System\.Nullable`1\[SalesOps\.Graph\.\w+\.(\w+)\]|SalesOps\.Graph\.\w+\.(\w+)")]
    private static partial Regex TypeName();
}
