namespace SalesOps.Graph.Exchange;

/// <summary>What a column of a contacts file holds. Ignore: the column is read but not imported.</summary>
public enum ContactField
{
    Ignore,
    FullName,
    FirstName,
    LastName,
    Title,
    Department,
    Email,
    Phone,
    Mobile,
    /// <summary>The manager's name (Salesforce "Reports To", Dynamics "Manager").</summary>
    ReportsToName,
    ReportsToEmail,
    /// <summary>The manager's record id in the CRM, resolved against the file's <see cref="SourceId"/> column.</summary>
    ReportsToId,
    LinkedIn,
    /// <summary>The row's own record id in the CRM (Contact ID, Record ID, the Dynamics GUID).</summary>
    SourceId,
    /// <summary>The company (account) the contact belongs to in the CRM.</summary>
    Company,
}

/// <summary>Where a column's field came from.</summary>
public enum ColumnSource
{
    /// <summary>A header this import knows (a CRM's usual spelling).</summary>
    Recognised,
    /// <summary>Chosen by the user in a <see cref="ColumnMapping"/>.</summary>
    Mapped,
    /// <summary>Neither: the column is ignored until the user maps it.</summary>
    Unrecognised,
}

/// <summary>One column of the file as the preview understood it, with a few values to help the user map it.</summary>
public sealed record ImportColumn(int Index, string Header, ContactField Field, ColumnSource Source, IReadOnlyList<string> Samples);

/// <summary>
/// The user's choice of field per column header, kept per account so the next file from the same
/// CRM maps itself. Headers compare as <see cref="HeaderAliases.Key"/> does (case, accents, spaces and
/// punctuation aside). A choice here beats the recognised headers; <see cref="ContactField.Ignore"/>
/// switches a recognised column off.
/// </summary>
public sealed record ColumnMapping
{
    public static readonly ColumnMapping None = new();

    public IReadOnlyDictionary<string, ContactField> Fields { get; init; } = new Dictionary<string, ContactField>();

    public static ColumnMapping Of(params (string Header, ContactField Field)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var fields = new Dictionary<string, ContactField>(StringComparer.Ordinal);
        foreach (var (header, field) in columns) fields[header] = field;
        return new ColumnMapping { Fields = fields };
    }

    /// <summary>The same mapping with one more (or a changed) column.</summary>
    public ColumnMapping With(string header, ContactField field)
    {
        var fields = new Dictionary<string, ContactField>(Fields, StringComparer.Ordinal) { [header] = field };
        return this with { Fields = fields };
    }

    internal ContactField? Find(string header)
    {
        var key = HeaderAliases.Key(header);
        foreach (var (h, field) in Fields)
            if (HeaderAliases.Key(h) == key) return field;
        return null;
    }
}
