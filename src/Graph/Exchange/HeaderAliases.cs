using System.Globalization;
using System.Text;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// The headers the usual CRM exports use, per field: Salesforce reports and Data Loader (API names),
/// HubSpot, Dynamics 365, LinkedIn Sales Navigator lead lists, and the Spanish and German labels of
/// localised CRMs and hand-made sheets. Compared by <see cref="Key"/>, so "E-Mail", "e-mail" and "Email"
/// are one spelling.
/// </summary>
public static class HeaderAliases
{
    private static readonly Dictionary<string, ContactField> Known = Build(
        (ContactField.FullName, ["Name", "Full Name", "Contact Name", "Contact", "Nombre completo", "Nombre y apellidos", "Vollständiger Name"]),
        (ContactField.FirstName, ["First Name", "FirstName", "Given Name", "Nombre", "Vorname"]),
        (ContactField.LastName, ["Last Name", "LastName", "Surname", "Family Name", "Apellidos", "Apellido", "Nachname"]),
        (ContactField.Title, ["Title", "Job Title", "JobTitle", "Position", "Cargo", "Puesto", "Stellenbezeichnung", "Berufsbezeichnung"]),
        (ContactField.Department, ["Department", "Job function", "Departamento", "Área", "Abteilung"]),
        (ContactField.Email, ["Email", "Email Address", "Primary Email", "emailaddress1", "Mail", "Correo electrónico", "Correo", "E-Mail-Adresse"]),
        (ContactField.Phone, ["Phone", "Phone Number", "Business Phone", "Work Phone", "Office Phone", "telephone1", "Teléfono", "Teléfono del trabajo", "Telefon", "Telefon (geschäftlich)"]),
        (ContactField.Mobile, ["Mobile", "Mobile Phone", "MobilePhone", "Mobile Phone Number", "Cell", "Móvil", "Teléfono móvil", "Mobiltelefon", "Handy"]),
        (ContactField.ReportsToName, ["Reports To", "Reports To: Full Name", "Reports To Name", "Manager", "Manager Name", "managername", "Informa a", "Jefe", "Superior", "Vorgesetzter", "Berichtet an"]),
        (ContactField.ReportsToEmail, ["Reports To Email", "Reports To: Email", "Manager Email", "Correo del jefe", "E-Mail Vorgesetzter"]),
        (ContactField.ReportsToId, ["Reports To ID", "ReportsToId", "Reports To: Contact ID", "Manager ID"]),
        (ContactField.LinkedIn, ["LinkedIn", "LinkedIn URL", "LinkedIn Profile", "LinkedIn Profile URL", "Profile URL", "Person Linkedin Url", "LinkedIn-Profil"]),
        (ContactField.SourceId, ["Id", "Contact ID", "Record ID", "(Do Not Modify) Contact", "ID de contacto", "Kontakt-ID"]),
        (ContactField.Company, ["Account Name", "Account", "Company", "Company Name", "Associated Company", "Nombre de la cuenta", "Cuenta", "Empresa", "Firma", "Unternehmen", "Organisation", "Organization"]));

    /// <summary>The field a header names, or Ignore when it names none this import knows.</summary>
    public static ContactField Recognise(string header) => Known.GetValueOrDefault(Key(header), ContactField.Ignore);

    /// <summary>A header's comparable form: letters and digits only, lower case, accents dropped ("E-Mail" → "email").</summary>
    public static string Key(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var b = new StringBuilder(header.Length);
        foreach (var c in Fold(header))
            if (char.IsLetterOrDigit(c)) b.Append(c);
        return b.ToString();
    }

    /// <summary>
    /// A person's or function's name as it is compared: case, accents and runs of spaces aside, since
    /// CRMs often drop accents ("Jose Garcia" is "José García").
    /// </summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', Fold(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) b.Append(char.ToLowerInvariant(c));
        return b.ToString();
    }

    private static Dictionary<string, ContactField> Build(params (ContactField Field, string[] Headers)[] table)
    {
        var known = new Dictionary<string, ContactField>(StringComparer.Ordinal);
        foreach (var (field, headers) in table)
            foreach (var h in headers)
            {
                // Spellings that fold to one key ("First Name", "FirstName") are one entry; one key for two fields is a mistake here.
                if (known.TryGetValue(Key(h), out var other) && other != field)
                    throw new InvalidOperationException($"The header '{h}' is listed for {other} and {field}.");
                known[Key(h)] = field;
            }
        return known;
    }
}
