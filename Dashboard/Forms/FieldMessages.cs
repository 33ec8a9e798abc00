using System.Text.RegularExpressions;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Forms;

/// <summary>A rule's message in the page's language: translated by its code, with the limit the English message names.</summary>
public static partial class FieldMessages
{
    public static string Localize(FieldError error, IStringLocalizer<SharedResource> text)
    {
        var limit = LimitPattern().Match(error.Message);
        var translated = text[$"FieldError_{error.Code}", limit.Success ? limit.Value : string.Empty];
        return translated.ResourceNotFound ? error.Message : translated.Value;
    }

    /// <summary>The field errors of one form field, in the page's language.</summary>
    public static IReadOnlyList<string> For(IEnumerable<FieldError> errors, string field, IStringLocalizer<SharedResource> text) =>
        [.. errors.Where(e => e.Field == field).Select(e => Localize(e, text)).Distinct()];

    [GeneratedRegex(@"-?\d[\d,.]*\d|\d")]
    private static partial Regex LimitPattern();
}
