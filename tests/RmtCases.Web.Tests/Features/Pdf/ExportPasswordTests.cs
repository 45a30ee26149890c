using FluentAssertions;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Tests.Features.Pdf;

public class ExportPasswordTests
{
    [Fact]
    public void Password_is_five_groups_of_four_separated_by_hyphens()
    {
        var password = ExportPassword.Generate();

        password.Should().HaveLength(24);
        password.Should().MatchRegex("^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){4}$");
        password.Replace("-", string.Empty).Should().HaveLength(20);
    }

    [Fact]
    public void Alphabet_has_no_look_alikes()
    {
        ExportPassword.Alphabet.Should().NotContainAny("0", "O", "o", "1", "I", "i", "l");
        ExportPassword.Alphabet.Distinct().Should().HaveCount(ExportPassword.Alphabet.Length);
        ExportPassword.Alphabet.Should().HaveLength(54);
    }

    [Fact]
    public void Thousand_passwords_are_unique_use_only_the_alphabet_and_all_of_it()
    {
        var passwords = Enumerable.Range(0, 1000).Select(_ => ExportPassword.Generate()).ToList();

        passwords.Should().OnlyHaveUniqueItems();
        var characters = string.Concat(passwords).Replace("-", string.Empty);
        characters.Should().HaveLength(20_000);
        characters.Distinct().Should().BeEquivalentTo(ExportPassword.Alphabet, "20,000 uniform draws reach all 54 characters");
        characters.GroupBy(c => c).Select(group => group.Count())
            .Should().AllSatisfy(count => count.Should().BeInRange(250, 500), "each character is expected about 370 times");
    }

    [Fact]
    public void Displayed_form_is_the_password_that_opens_the_export()
    {
        var password = ExportPassword.Generate();
        var pdf = QpdfEncryptor.Encrypt(PdfRenderer.Render(new PdfReport("Exportkenmerk X", [])), password);

        password.Should().Contain("-");
        PdfText.Pages(pdf, password).Should().ContainSingle();
    }
}
