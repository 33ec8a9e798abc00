using System.Globalization;
using System.Resources;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Collab.Tests.Components;

/// <summary>Every refusal a rule can give reads in Dutch and in English, with its limit written the page's way.</summary>
public sealed class FieldErrorTextTests
{
    private static readonly ResourceManager Resources = new("Collab.Dashboard.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<FieldErrorCode> Codes => [.. Enum.GetValues<FieldErrorCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_Dutch_and_an_English_text_and_only_codes_with_a_limit_name_one(FieldErrorCode code)
    {
        var key = FieldMessages.KeyOf(code);
        var dutch = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.GetString(key);
        var english = Resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)!.GetString(key);

        Assert.False(string.IsNullOrWhiteSpace(dutch), $"{key} has no Dutch text");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English text");
        Assert.NotEqual(dutch, english);
        Assert.Equal(code.HasLimit(), dutch.Contains("{0}", StringComparison.Ordinal));
        Assert.Equal(code.HasLimit(), english.Contains("{0}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_codes_keep_the_names_pages_and_the_import_have_always_used() =>
        Assert.Equal(
            ["unknown-member", "not-a-trajectory", "control-characters", "forbidden", "too-many"],
            new[] { FieldErrorCode.UnknownMember, FieldErrorCode.NotATrajectory, FieldErrorCode.ControlCharacters, FieldErrorCode.Forbidden, FieldErrorCode.TooMany }
                .Select(c => c.Name()));

    [Theory]
    [InlineData("nl-NL", "Hooguit 1.000.000.000.000.")]
    [InlineData("en-GB", "At most 1,000,000,000,000.")]
    public void A_limit_is_written_from_its_value_in_the_pages_language(string culture, string expected)
    {
        using var scope = new CultureScope(culture);
        var error = new FieldError("jointCost", FieldErrorCode.TooLarge, "The value must be at most 1000000000000.", 1_000_000_000_000m);

        Assert.Equal(expected, FieldMessages.Localize(error, Localizer()));
    }

    [Fact]
    public void A_rule_that_fails_on_a_limit_carries_it_as_a_value()
    {
        var error = Assert.Single(new Rules().Text("note", new string('x', Rules.MaxNoteLength + 1), Rules.MaxNoteLength, required: false).Errors);

        Assert.Equal((FieldErrorCode.TooLong, 500m), (error.Code, error.Limit));
    }

    private static IStringLocalizer<SharedResource> Localizer() =>
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
}
