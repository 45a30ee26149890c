using Microsoft.AspNetCore.Mvc.ApplicationModels;
using RmtCases.Domain.Access;

namespace RmtCases.Web.Features.Identity;

/// <summary>One <see cref="PageGate"/> per folder of pages; pages add their own needs with <see cref="RequiresAttribute"/>.</summary>
public static class AreaGates
{
    public static void AddRmtAreaGates(this PageConventionCollection conventions)
    {
        conventions.AddFolderApplicationModelConvention("/Participants", page => page.Filters.Add(new PageGate(GateArea.CaseFiles, Requirement.CaseFiles)));
        conventions.AddFolderApplicationModelConvention("/WageValue", page => page.Filters.Add(new PageGate(GateArea.WageValue, Requirement.ReadWageValue)));
        // Aggregates of a region, never a person: every caseworker of the region and administrators.
        conventions.AddFolderApplicationModelConvention("/Figures", page => page.Filters.Add(new PageGate(GateArea.Figures, Requirement.Figures)));
        conventions.AddFolderApplicationModelConvention("/Admin", page => page.Filters.Add(new PageGate(GateArea.Administration, Requirement.Administer)));
    }
}
