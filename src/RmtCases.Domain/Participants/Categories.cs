namespace RmtCases.Domain.Participants;

public static class Categories
{
    public static readonly IReadOnlyList<Category> All = Enum.GetValues<Category>();

    public static char Letter(this Category category) => (char)('a' + (int)category - 1);

    public static string DutchName(this Category category) => category switch
    {
        Category.Person => "Persoonsgegevens",
        Category.Education => "Opleidingsgegevens",
        Category.WorkHistory => "Arbeidsverleden",
        Category.CurrentSituation => "Huidige arbeidssituatie",
        Category.Mediation => "Arbeidsmarktbemiddeling",
        Category.ServiceDelivery => "Inzet aanvullende crisisdienstverlening",
        Category.Banenafspraak => "Banenafspraak-indicatie",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>Compact form for storage and audit: "abf".</summary>
    public static string ToLetters(IEnumerable<Category> categories) =>
        new(categories.Distinct().Order().Select(Letter).ToArray());

    public static IReadOnlyList<Category> FromLetters(string? letters) =>
        (letters ?? "").Where(c => c is >= 'a' and <= 'g').Distinct().Select(c => (Category)(c - 'a' + 1)).Order().ToList();
}
