using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// What SQLite's own failures mean to a caller. A constraint is a Conflict (the data says no); every
/// other failure — busy or locked past the busy timeout, a full disk, an I/O error, a read-only or
/// damaged file — is the store being unavailable, said in words, with how long to wait before trying
/// again (503 with Retry-After in the API; the pages keep the user's edit and show the reason).
/// </summary>
public static class SqliteFaults
{
    public static GraphException Translate(SqliteException ex, string path)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var file = System.IO.Path.GetFullPath(path);
        // Extended codes carry the primary code in their low byte (SQLITE_IOERR_SHORT_READ = 522 = 10 | 2 << 8).
        return (ex.SqliteErrorCode & 0xff) switch
        {
            19 => GraphException.Conflict(Errors.Say("Store.Clash", ex.Message)),
            5 or 6 => Unavailable(
                "The database is busy: another write held it longer than the app waits. Nothing was saved; try again in a moment.",
                TimeSpan.FromSeconds(2), ex),
            13 => Unavailable(
                $"The disk that holds the database ({file}) is full. Nothing was saved; free some space on it, then try again.",
                TimeSpan.FromSeconds(60), ex),
            10 => Unavailable(
                $"The database file ({file}) could not be read or written (I/O error: {ex.Message}). Nothing was saved; check the disk, then try again.",
                TimeSpan.FromSeconds(30), ex),
            8 => Unavailable(
                $"The database file ({file}) is read-only for the app. Nothing was saved; make it writable (or set SALESOPS_DATA to a writable folder).",
                TimeSpan.FromSeconds(60), ex),
            11 or 26 => Unavailable(
                $"The database file ({file}) is damaged or not a SQLite database ({ex.Message}). Restore it from a backup.",
                TimeSpan.FromSeconds(300), ex),
            _ => Unavailable($"The database at {file} failed: {ex.Message}", TimeSpan.FromSeconds(30), ex),
        };
    }

    private static GraphException Unavailable(string message, TimeSpan retryAfter, SqliteException ex) =>
        new(message, ex) { RetryAfter = retryAfter };
}
