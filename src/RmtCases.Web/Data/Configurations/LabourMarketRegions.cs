using RmtCases.Domain.Organisations;

namespace RmtCases.Web.Data.Configurations;

/// <summary>The 35 labour-market regions (arbeidsmarktregio's), one RMT each.</summary>
public static class LabourMarketRegions
{
    public const int GrootAmsterdam = 11;
    public const int ZuidLimburg = 35;

    public static readonly IReadOnlyList<Region> All =
    [
        new() { Id = 1, Name = "Groningen" },
        new() { Id = 2, Name = "Friesland" },
        new() { Id = 3, Name = "Drenthe" },
        new() { Id = 4, Name = "Regio Zwolle" },
        new() { Id = 5, Name = "Twente" },
        new() { Id = 6, Name = "Stedendriehoek en Noordwest Veluwe" },
        new() { Id = 7, Name = "Achterhoek" },
        new() { Id = 8, Name = "Midden-Gelderland" },
        new() { Id = 9, Name = "Flevoland" },
        new() { Id = 10, Name = "Zaanstreek/Waterland" },
        new() { Id = 11, Name = "Groot Amsterdam" },
        new() { Id = 12, Name = "Noord-Holland Noord" },
        new() { Id = 13, Name = "Zuid-Kennemerland en IJmond" },
        new() { Id = 14, Name = "Gooi en Vechtstreek" },
        new() { Id = 15, Name = "Amersfoort" },
        new() { Id = 16, Name = "Midden-Utrecht" },
        new() { Id = 17, Name = "Food Valley" },
        new() { Id = 18, Name = "Holland Rijnland" },
        new() { Id = 19, Name = "Midden-Holland" },
        new() { Id = 20, Name = "Haaglanden" },
        new() { Id = 21, Name = "Zuid-Holland Centraal" },
        new() { Id = 22, Name = "Rijnmond" },
        new() { Id = 23, Name = "Drechtsteden" },
        new() { Id = 24, Name = "Gorinchem" },
        new() { Id = 25, Name = "Rivierenland" },
        new() { Id = 26, Name = "Rijk van Nijmegen" },
        new() { Id = 27, Name = "Zeeland" },
        new() { Id = 28, Name = "West-Brabant" },
        new() { Id = 29, Name = "Midden-Brabant" },
        new() { Id = 30, Name = "Noordoost-Brabant" },
        new() { Id = 31, Name = "Zuidoost-Brabant" },
        new() { Id = 32, Name = "Helmond-De Peel" },
        new() { Id = 33, Name = "Noord-Limburg" },
        new() { Id = 34, Name = "Midden-Limburg" },
        new() { Id = 35, Name = "Zuid-Limburg" },
    ];
}
