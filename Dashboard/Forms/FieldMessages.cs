using System.Globalization;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Forms;

/// <summary>A rule's message in the page's language: translated by its code, with the limit the error carries as a value.</summary>
public static class FieldMessages
{
    /// <summary>The resource key of a code's text; every code has one in Dutch and English (a test checks both).</summary>
    public static string KeyOf(FieldErrorCode code) => $"FieldError_{code.Name()}";

    public static string Localize(FieldError error, IStringLocalizer<SharedResource> text)
    {
        var limit = error.Limit is { } value ? value.ToString("#,0.##", CultureInfo.CurrentCulture) : string.Empty;
        var translated = text[KeyOf(error.Code), limit];
        return translated.ResourceNotFound ? error.Message : translated.Value;
    }

    /// <summary>The field errors of one form field, in the page's language.</summary>
    public static IReadOnlyList<string> For(IEnumerable<FieldError> errors, string field, IStringLocalizer<SharedResource> text) =>
        [.. errors.Where(e => e.Field == field).Select(e => Localize(e, text)).Distinct()];
}
