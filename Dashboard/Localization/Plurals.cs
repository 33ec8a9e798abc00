using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Localization;

/// <summary>"1 rij", "2 rijen": a text key has a singular twin with the suffix <c>_one</c>, used when the count is exactly 1.</summary>
public static class Plurals
{
    public const string OneSuffix = "_one";

    public static string Text(IStringLocalizer text, string key, decimal count, params object[] arguments)
    {
        if (count == 1 && text[key + OneSuffix, arguments] is { ResourceNotFound: false } one)
        {
            return one.Value;
        }

        return text[key, arguments].Value;
    }
}
