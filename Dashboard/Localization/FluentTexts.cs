using System.Resources;
using Collab.Dashboard.Resources;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Collab.Dashboard.Localization;

/// <summary>The Fluent UI components' own texts (the menu's close button) in the page's language, from PhoneText; anything else in the library's English.</summary>
public sealed class FluentTexts : IFluentLocalizer
{
    private static readonly ResourceManager Texts = new(typeof(PhoneText));

    public string this[string key, params object[] arguments] =>
        Texts.GetString("Fluent_" + key, System.Globalization.CultureInfo.CurrentUICulture) is { } text
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, text, arguments)
            : this.GetDefault(key, arguments);
}
