using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Data;
using RmtCases.Web.Data.Configurations;

namespace RmtCases.Web.Features.Demo;

/// <summary>Realistic, deterministic demo participants with every category filled in.</summary>
public static class DemoParticipants
{
    public const int PerRegion = 30;

    private static readonly string[] _givenNames =
    [
        "Anna", "Mohamed", "Sanne", "Daan", "Fatima", "Kees", "Priya", "Jeroen", "Ayşe", "Bram", "Noor", "Hüseyin",
        "Marieke", "Ricardo", "Lotte", "Yusuf", "Ingrid", "Sem", "Chantal", "Wim", "Naima", "Joëlle", "Henk", "Zoë",
    ];

    private static readonly (string? Infix, string Surname)[] _surnames =
    [
        (null, "Öztürk"), ("de", "Vries"), ("van den", "Berg"), (null, "Jansen"), (null, "Bakker"), (null, "Çelik"),
        ("van", "Dijk"), (null, "Smit"), (null, "El Amrani"), (null, "Meijer"), ("de", "Boer"), (null, "Mulder"),
        (null, "Kuipers"), (null, "Brouwer"), ("van der", "Linden"), (null, "Hendriks"), (null, "Peeters"),
        (null, "Janssen"), (null, "Lemmens"), (null, "Şahin"), (null, "Verhoeven"), (null, "Bos"), (null, "Kramer"),
        (null, "Müller"), (null, "Dekker"), (null, "Visser"),
    ];

    private static readonly (string Street, string City, int PostcodeFrom)[] _amsterdam =
    [
        ("Kinkerstraat", "Amsterdam", 1053), ("Javastraat", "Amsterdam", 1094), ("Osdorpplein", "Amsterdam", 1068),
        ("Bijlmerdreef", "Amsterdam", 1102), ("Stadsplein", "Amstelveen", 1181), ("Raadhuisplein", "Hoofddorp", 2132),
        ("Ouddiemerlaan", "Diemen", 1111),
    ];

    private static readonly (string Street, string City, int PostcodeFrom)[] _limburg =
    [
        ("Wycker Brugstraat", "Maastricht", 6221), ("Akerstraat", "Heerlen", 6411), ("Rijksweg Zuid", "Sittard", 6131),
        ("Hoofdstraat", "Kerkrade", 6461), ("Markt", "Valkenburg", 6301), ("Brusselseweg", "Maastricht", 6217),
    ];

    private static readonly (string Employer, string Job)[] _jobs =
    [
        ("KLM Royal Dutch Airlines", "Grondstewardess"), ("Schiphol Group", "Beveiliger"), ("Hotel Okura", "Kok"),
        ("Stage Entertainment", "Decorbouwer"), ("Holland Casino", "Croupier"), ("TUI Nederland", "Reisadviseur"),
        ("MECC Maastricht", "Evenementencoördinator"), ("Brand Bierbrouwerij", "Logistiek medewerker"),
        ("Van der Valk Hotel", "Receptionist"), ("HEMA", "Verkoopmedewerker"), ("Connexxion", "Buschauffeur"),
        ("Zuyderland", "Schoonmaker"), ("VDL Nedcar", "Productiemedewerker"), ("Albert Heijn", "Teamleider"),
    ];

    private static readonly (EducationLevel Level, string Programme)[] _education =
    [
        (EducationLevel.Vmbo, "vmbo kader, economie"), (EducationLevel.Mbo2, "Medewerker horeca"),
        (EducationLevel.Mbo3, "Logistiek medewerker"), (EducationLevel.Mbo4, "Travel & Hospitality"),
        (EducationLevel.Havo, "havo, cultuur en maatschappij"), (EducationLevel.Hbo, "Hotelschool"),
        (EducationLevel.Mbo4, "Zorg en welzijn"), (EducationLevel.Wo, "Bedrijfskunde"),
    ];

    private static readonly string[] _vacancies =
    [
        "Medewerker klantenservice", "Verzorgende IG", "Heftruckchauffeur", "Onderwijsassistent", "Buschauffeur",
        "Installatiemonteur", "Administratief medewerker", "Beveiliger ziekenhuis",
    ];

    public static void Add(RmtDbContext db, int regionId, IReadOnlyList<Organisation> organisations, Guid recordedBy, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        var places = regionId == LabourMarketRegions.GrootAmsterdam ? _amsterdam : _limburg;
        var municipality = organisations.First(o => o.Type == OrganisationType.Municipality);
        var uwv = organisations.First(o => o.Type == OrganisationType.Uwv);
        var union = organisations.First(o => o.Type == OrganisationType.Union);
        var employers = organisations.First(o => o.Type == OrganisationType.EmployerOrganisation);
        var providers = organisations.Where(o => o.Type == OrganisationType.ExternalProvider).ToList();
        var registrars = new[] { municipality, uwv, union, employers };
        var start = new DateOnly(2021, 6, 1);

        for (var i = 0; i < PerRegion; i++)
        {
            var (infix, surname) = _surnames[(i + seed) % _surnames.Length];
            var given = _givenNames[(i * 7 + seed) % _givenNames.Length];
            var place = places[i % places.Length];
            var letters = "ABCDEGHJKLMNPRSTVWXZ";
            var birth = new DateOnly(1962 + random.Next(0, 38), random.Next(1, 13), random.Next(1, 29));
            var registrar = registrars[i % registrars.Length];
            var agreed = start.AddDays(random.Next(0, 300));
            var participant = new Participant
            {
                RegionId = regionId,
                RegisteredAt = now,
                RegisteredByOrganisationId = registrar.Id,
                Person = new PersonDetails
                {
                    GivenNames = given,
                    Infix = infix,
                    Surname = surname,
                    DateOfBirth = birth,
                    Street = place.Street,
                    HouseNumber = random.Next(1, 240).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Postcode = $"{place.PostcodeFrom + random.Next(0, 4)} {letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}",
                    City = place.City,
                    Phone = $"+316{random.Next(10000000, 99999999)}",
                    Email = $"{given.ToLowerInvariant()}.{surname.ToLowerInvariant().Replace(' ', '-')}@example.nl"
                        .Replace("ö", "o", StringComparison.Ordinal).Replace("ç", "c", StringComparison.Ordinal)
                        .Replace("ş", "s", StringComparison.Ordinal).Replace("ü", "u", StringComparison.Ordinal)
                        .Replace("ë", "e", StringComparison.Ordinal).Replace("ğ", "g", StringComparison.Ordinal),
                },
                ParticipationAgreedOn = agreed,
                InformedBy = (InformedBy)(1 + i % 4),
                ParticipationRecordedByUserId = recordedBy,
            };

            var job = _jobs[(i + seed) % _jobs.Length];
            var previous = _jobs[(i * 3 + seed + 5) % _jobs.Length];
            var edu = _education[i % _education.Length];
            participant.Education.Add(new EducationEntry
            {
                Level = edu.Level, Programme = edu.Programme, Institution = regionId == LabourMarketRegions.GrootAmsterdam ? "ROC van Amsterdam" : "Vista college",
                StartYear = birth.Year + 16, EndYear = birth.Year + 19, DiplomaObtained = i % 5 != 0,
            });
            participant.WorkHistory.Add(new WorkHistoryEntry
            {
                Employer = previous.Employer, JobTitle = previous.Job, StartDate = new DateOnly(birth.Year + 20, 3, 1),
                EndDate = new DateOnly(2015 + i % 4, 8, 31), HoursPerWeek = 32,
            });
            participant.WorkHistory.Add(new WorkHistoryEntry
            {
                Employer = job.Employer, JobTitle = job.Job, StartDate = new DateOnly(2015 + i % 4, 9, 1),
                EndDate = i % 3 == 0 ? null : new DateOnly(2021, 3 + i % 6, 1), HoursPerWeek = 24 + i % 3 * 8,
            });
            participant.CurrentSituation = new CurrentSituation
            {
                Status = i % 3 == 0 ? WorkStatus.AtRiskOfRedundancy : WorkStatus.Unemployed,
                Employer = i % 3 == 0 ? job.Employer : null,
                JobTitle = i % 3 == 0 ? job.Job : null,
                HoursPerWeek = i % 3 == 0 ? 32 : null,
                ExpectedEndOfEmployment = i % 3 == 0 ? new DateOnly(2022, 1 + i % 12, 1) : null,
            };
            participant.Mediation.Add(new MediationActivity
            {
                Kind = MediationKind.Intake, Date = agreed.AddDays(7), Outcome = MediationOutcome.Positive, OrganisationId = registrar.Id,
            });
            participant.Mediation.Add(new MediationActivity
            {
                Kind = MediationKind.VacancyReferral, Date = agreed.AddDays(30), Vacancy = _vacancies[i % _vacancies.Length],
                Outcome = i % 4 == 0 ? MediationOutcome.Placed : MediationOutcome.Pending, OrganisationId = uwv.Id,
            });
            // About one in five belongs to the doelgroep banenafspraak; only they get werkfitbehoud (art. 3 of the regeling).
            var inTargetGroup = i % 5 == 2;
            var serviceStart = agreed.AddDays(14);
            participant.ServiceDeliveries.Add(new ServiceDelivery
            {
                ServiceType = inTargetGroup ? ServiceType.Werkfitbehoud : (ServiceType)(2 + i % 2), ProviderOrganisationId = providers[i % providers.Count].Id,
                StartDate = serviceStart, EndDate = serviceStart.AddMonths(3), Cost = 750m + i * 37.5m + 0.25m * (i % 4),
            });

            participant.Involve(registrar.Id, now);
            if (i % 2 == 0)
            {
                participant.Involve(union.Id, now);
            }

            if (i % 3 == 0)
            {
                participant.Involve(employers.Id, now);
            }

            if (i % 5 == 1)
            {
                participant.Withdraw(agreed.AddDays(200), WithdrawalReason.FoundWork);
            }

            db.Participants.Add(participant);

            if (inTargetGroup)
            {
                db.BanenafspraakIndications.Add(new BanenafspraakIndication
                {
                    ParticipantId = participant.Id, RegionId = regionId, InTargetGroup = true,
                    RegisteredOn = agreed, RecordedByOrganisationId = i % 2 == 0 ? municipality.Id : uwv.Id,
                });
            }
        }
    }
}
