using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// Decides who each row is: rows of other companies and of our own people are skipped; an e-mail
/// found on the map (people only) names the person, else the name does within the account; anything
/// else is a new person. One person, one row: a repeated e-mail or person is an error on the later row.
/// </summary>
internal static class ContactMatching
{
    /// <summary>Returns a file-level issue when the companies column makes no sense for this account.</summary>
    public static ImportIssue? Match(List<ContactRecord> records, MapIndex index)
    {
        var mixed = FilterCompanies(records, index.Map.Account.Name);
        var byEmail = new Dictionary<string, ContactRecord>(StringComparer.Ordinal);
        var claimed = new Dictionary<string, ContactRecord>(StringComparer.Ordinal);
        var newByName = new Dictionary<string, ContactRecord>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (!r.Active) continue;
            var mail = r.Email is null ? null : MapIndex.Mail(r.Email);
            if (mail is not null && index.OursByEmail.TryGetValue(mail, out var ours))
            {
                r.Skip = ImportIssue.At(IssueKind.OneOfOurs, r.Source, r.Name ?? r.Email!, ours.Name);
                continue;
            }
            if (mail is not null && !byEmail.TryAdd(mail, r))
            {
                r.Errors.Add(ImportIssue.At(IssueKind.DuplicateEmail, r.Source, r.Email!, Num(byEmail[mail].Source.Row)));
                continue;
            }
            if (mail is not null && index.PeopleByEmail.TryGetValue(mail, out var found))
                (r.Target, r.MatchedBy) = (found[0], MatchKind.Email);
            else if (r.Name is null)
            {
                r.Errors.Add(ImportIssue.At(IssueKind.MissingName, r.Source));
                continue;
            }
            else if (index.PeopleByName.TryGetValue(HeaderAliases.NameKey(r.Name), out var named))
            {
                if (named.Count > 1)
                {
                    r.Errors.Add(ImportIssue.At(IssueKind.AmbiguousName, r.Source, r.Name, Num(named.Count)));
                    continue;
                }
                (r.Target, r.MatchedBy) = (named[0], MatchKind.Name);
            }

            if (r.Target is { } target)
            {
                if (claimed.TryGetValue(target.Id, out var first))
                    r.Errors.Add(ImportIssue.At(IssueKind.SamePersonTwice, r.Source, target.Name, Num(first.Source.Row)));
                else claimed[target.Id] = r;
                r.PersonId = target.Id;
            }
            else
            {
                // Two new people of one name are told apart by their e-mails; without them they are one person twice.
                if (mail is null && newByName.TryGetValue(HeaderAliases.NameKey(r.Name!), out var twin) && twin.Email is null)
                    r.Errors.Add(ImportIssue.At(IssueKind.SamePersonTwice, r.Source, r.Name!, Num(twin.Source.Row)));
                newByName.TryAdd(HeaderAliases.NameKey(r.Name!), r);
                r.PersonId = Ids.New(Ids.Prefix(NodeKind.Person));
            }
        }
        return mixed;
    }

    /// <summary>
    /// A CRM report often spans accounts. When the rows name more than one company, those not named
    /// like the account (one name containing the other, case and accents aside) are skipped; when none
    /// is, the file is refused rather than guessed at.
    /// </summary>
    private static ImportIssue? FilterCompanies(List<ContactRecord> records, string account)
    {
        var companies = records.Where(r => r.Active && r.Company is not null).Select(r => r.Company!)
            .DistinctBy(HeaderAliases.NameKey).ToList();
        if (companies.Count < 2) return null;
        var key = HeaderAliases.NameKey(account);
        bool Ours(string company)
        {
            var c = HeaderAliases.NameKey(company);
            return key.Length > 0 && (c.Contains(key, StringComparison.Ordinal) || key.Contains(c, StringComparison.Ordinal));
        }
        if (!companies.Any(Ours))
            return new ImportIssue(IssueKind.MixedCompanies) { Values = [string.Join(", ", companies.Take(5).Select(c => $"'{c}'")), account] };
        foreach (var r in records)
            if (r.Active && r.Company is { } company && !Ours(company)) r.Skip = ImportIssue.At(IssueKind.OtherCompany, r.Source, company, account);
        return null;
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
