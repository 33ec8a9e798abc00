using System.Text.RegularExpressions;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Import;

/// <summary>A row error in the page's language: the import's own rules from PagesText, the registration rules as the forms say them.</summary>
public static partial class ImportMessages
{
    /// <summary>Codes of the import's own rules (the cells and the file), each with an <c>ImportError_</c> text in PagesText.</summary>
    public static readonly IReadOnlyList<string> Codes =
        ["required", "not-whole-number", "not-a-number", "not-a-date", "not-a-choice", "cell-too-long", "nameless-column", "duplicate-id", "not-csv", "example-row"];

    public static string Localize(RowError error, IStringLocalizer<PagesText> pages, IStringLocalizer<SharedResource> shared)
    {
        if (error.Rule is { } rule)
        {
            return FieldMessages.Localize(new FieldError(error.Field, rule, error.Message, error.Limit), shared);
        }

        var own = pages[$"ImportError_{error.Code}", Detail(error)];
        return own.ResourceNotFound ? error.Message : own.Value;
    }

    /// <summary>The part of the English message a translation repeats: the allowed values, the limit, the column or the line.</summary>
    private static string Detail(RowError error) => error.Code switch
    {
        "not-a-choice" => OneOf().Match(error.Message) is { Success: true } m ? m.Groups[1].Value : string.Empty,
        "cell-too-long" => AtMost().Match(error.Message) is { Success: true } m ? m.Groups[1].Value : string.Empty,
        "nameless-column" or "duplicate-id" => LastNumber().Match(error.Message) is { Success: true } m ? m.Value : string.Empty,
        _ => string.Empty,
    };

    [GeneratedRegex(@"one of (.+)\.$")]
    private static partial Regex OneOf();

    [GeneratedRegex(@"at most (\d+)")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"\d+", RegexOptions.RightToLeft)]
    private static partial Regex LastNumber();
}
