using System.ComponentModel.DataAnnotations;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Forms;

namespace RmtCases.Web.Pages.Participants;

/// <summary>Category a as typed into a form; shared by registering and editing, which must judge it alike.</summary>
public sealed record PersonInput
{
    [Display(Name = "Voornamen")]
    public string? GivenNames { get; set; }

    [Display(Name = "Tussenvoegsel")]
    public string? Infix { get; set; }

    [Display(Name = "Achternaam")]
    public string? Surname { get; set; }

    [Display(Name = "Geboortedatum")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "Straat")]
    public string? Street { get; set; }

    [Display(Name = "Huisnummer")]
    public string? HouseNumber { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Woonplaats")]
    public string? City { get; set; }

    [Display(Name = "Telefoonnummer")]
    public string? Phone { get; set; }

    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    public static PersonInput From(PersonDetails person) => new()
    {
        GivenNames = person.GivenNames,
        Infix = person.Infix,
        Surname = person.Surname,
        DateOfBirth = Show.Iso(person.DateOfBirth),
        Street = person.Street,
        HouseNumber = person.HouseNumber,
        Postcode = person.Postcode,
        City = person.City,
        Phone = DutchPhone.Display(person.Phone),
        Email = person.Email,
    };

    public void Validate(FormRules.Errors errors, DateOnly today)
    {
        errors.Require(GivenNames, nameof(GivenNames), "Vul de voornamen in.");
        errors.Require(Surname, nameof(Surname), "Vul de achternaam in.");
        if (errors.Date(DateOfBirth, nameof(DateOfBirth), "Vul de geboortedatum in.") is { } dateOfBirth)
        {
            errors.AddRange(AgeRule.Validate(dateOfBirth, today, nameof(DateOfBirth)));
        }

        errors.Require(Street, nameof(Street), "Vul de straat in.");
        errors.Require(HouseNumber, nameof(HouseNumber), "Vul het huisnummer in.");
        if (string.IsNullOrWhiteSpace(Postcode))
        {
            errors.Add(nameof(Postcode), "Vul de postcode in.");
        }
        else if (!DutchPostcode.TryNormalise(Postcode, out _))
        {
            errors.Add(nameof(Postcode), DutchPostcode.Message);
        }

        errors.Require(City, nameof(City), "Vul de woonplaats in.");
        if (!string.IsNullOrWhiteSpace(Phone) && !DutchPhone.TryNormalise(Phone, out _))
        {
            errors.Add(nameof(Phone), DutchPhone.Message);
        }

        if (!string.IsNullOrWhiteSpace(Email) && !Domain.Validation.Email.IsValid(Email.Trim()))
        {
            errors.Add(nameof(Email), Domain.Validation.Email.Message);
        }

        errors.PlainText(this);
        CheckLength(errors, GivenNames, nameof(GivenNames), 100);
        CheckLength(errors, Infix, nameof(Infix), 20);
        CheckLength(errors, Surname, nameof(Surname), 100);
        CheckLength(errors, Street, nameof(Street), 100);
        CheckLength(errors, HouseNumber, nameof(HouseNumber), 20);
        CheckLength(errors, City, nameof(City), 100);
        errors.NoBsn(this);
    }

    /// <summary>Writes the validated input, normalised: postcode "1234 AB", phone in E.164, trimmed NFC text.</summary>
    public void ApplyTo(PersonDetails person)
    {
        person.GivenNames = FormRules.StoredRequired(GivenNames);
        person.Infix = Blank(Infix);
        person.Surname = FormRules.StoredRequired(Surname);
        _ = FormRules.TryParseDate(DateOfBirth, out var dateOfBirth);
        person.DateOfBirth = dateOfBirth;
        person.Street = FormRules.StoredRequired(Street);
        person.HouseNumber = FormRules.StoredRequired(HouseNumber);
        _ = DutchPostcode.TryNormalise(Postcode, out var postcode);
        person.Postcode = postcode;
        person.City = FormRules.StoredRequired(City);
        person.Phone = DutchPhone.TryNormalise(Phone, out var phone) ? phone : null;
        person.Email = Blank(Email);
    }

    public PersonDetails ToDetails()
    {
        var person = new PersonDetails { GivenNames = "", Surname = "", Street = "", HouseNumber = "", Postcode = "", City = "" };
        ApplyTo(person);
        return person;
    }

    internal static string? Blank(string? value) => FormRules.Stored(value);

    /// <summary>The length as stored (trimmed, NFC), which is what the column's limit applies to.</summary>
    internal static void CheckLength(FormRules.Errors errors, string? value, string field, int max)
    {
        if (value is not null && !errors.Has(field) && PlainText.StoredLength(value) > max)
        {
            errors.Add(field, $"Gebruik hoogstens {max} tekens.");
        }
    }
}
