using System.Globalization;
using System.Text;

namespace SalesOps.Graph.Exchange;

/// <summary>The file's text and the encoding it was read in, or why it could not be read.</summary>
internal sealed record DecodedText(string Text, string Encoding, ImportIssue? Issue);

/// <summary>
/// Reads the bytes of a CSV as Excel and the CRMs write them: a byte-order mark says UTF-8 or UTF-16;
/// without one, text with a zero byte in every other place is UTF-16, valid UTF-8 is UTF-8, and anything
/// else is Windows-1252 (what Excel in Spain and Germany saves as "CSV"). The caller may name the
/// encoding instead when the guess is wrong. Decoding is strict: a byte that is no character in the
/// chosen encoding is reported with its line, never replaced by '?'.
/// </summary>
internal static class TextDecoding
{
    static TextDecoding() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? encodingName)
    {
        if (bytes.IsEmpty) return Fail(new ImportIssue(IssueKind.EmptyFile));
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return Fail(new ImportIssue(IssueKind.Spreadsheet) { Values = [".xlsx"] });
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return Fail(new ImportIssue(IssueKind.Spreadsheet) { Values = [".xls"] });
        if (encodingName is not null) return Named(bytes, encodingName);

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(bytes[3..], new UTF8Encoding(false, true), "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16BE");
        if (ZerosAt(bytes, 1)) return Strict(bytes, new UnicodeEncoding(false, false, true), "utf-16");
        if (ZerosAt(bytes, 0)) return Strict(bytes, new UnicodeEncoding(true, false, true), "utf-16BE");
        if (bytes.IndexOf((byte)0) is var zero and >= 0)
            return Fail(new ImportIssue(IssueKind.NotText) { Values = [zero.ToString(CultureInfo.InvariantCulture)] });
        var utf8 = Strict(bytes, new UTF8Encoding(false, true), "utf-8");
        return utf8.Issue is null ? utf8 : Strict(bytes, Windows1252(), "windows-1252");
    }

    private static DecodedText Named(ReadOnlySpan<byte> bytes, string name)
    {
        Encoding encoding;
        try
        {
            var found = System.Text.Encoding.GetEncoding(name);
            encoding = found is UTF8Encoding ? new UTF8Encoding(false, true)
                : found is UnicodeEncoding u ? new UnicodeEncoding(u.CodePage == 1201, false, true)
                : System.Text.Encoding.GetEncoding(found.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return Fail(new ImportIssue(IssueKind.UnknownEncoding) { Values = [name] });
        }
        var preamble = encoding.GetPreamble();
        if (preamble.Length > 0 && bytes.StartsWith(preamble)) bytes = bytes[preamble.Length..];
        return Strict(bytes, encoding, encoding.WebName);
    }

    /// <summary>Windows-1252 leaves five bytes undefined; .NET maps them to control characters, which we refuse as not text.</summary>
    private static Encoding Windows1252() =>
        System.Text.Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Max(0, ex.Index);
            return Fail(new ImportIssue(IssueKind.InvalidBytes) { Line = LineAt(bytes, at), Values = [name] }, name);
        }
        if (name == "windows-1252" && text.IndexOfAny(['\u0081', '\u008D', '\u008F', '\u0090', '\u009D']) is var odd and >= 0)
            return Fail(new ImportIssue(IssueKind.NotText) { Values = [odd.ToString(CultureInfo.InvariantCulture)] }, name);
        return new DecodedText(text, name, null);
    }

    /// <summary>UTF-16 without a mark: ASCII text has a zero in every high byte, which is at odd places (LE) or even ones (BE).</summary>
    private static bool ZerosAt(ReadOnlySpan<byte> bytes, int parity)
    {
        var sample = bytes[..Math.Min(bytes.Length, 400)];
        if (sample.Length < 4) return false;
        int zeros = 0, pairs = sample.Length / 2;
        for (var i = parity; i < sample.Length; i += 2)
            if (sample[i] == 0) zeros++;
        return zeros * 10 >= pairs * 7;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;

    private static DecodedText Fail(ImportIssue issue, string encoding = "") => new("", encoding, issue);
}
