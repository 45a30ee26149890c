namespace RmtCases.Web.Features.Participants;

/// <summary>The "{entry}" route segment of a list-entry page: "nieuw" for a new entry, or the entry's id.</summary>
public static class EntryRoute
{
    public const string New = "nieuw";

    public static bool TryParse(string? entry, out Guid? entryId)
    {
        entryId = null;
        if (entry == New)
        {
            return true;
        }

        if (Guid.TryParse(entry, out var parsed))
        {
            entryId = parsed;
            return true;
        }

        return false;
    }
}
