using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Collab.Tests.Components;

/// <summary>Sets the culture and UI culture for one test and puts the previous ones back afterwards.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = new CultureInfo(name);
        CultureInfo.CurrentUICulture = new CultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}

/// <summary>A bUnit context as the charts need it: localisation registered, Fluent UI's JS calls tolerated.</summary>
public static class ChartsBunit
{
    public static BunitContext Create()
    {
        var context = new BunitContext();
        context.Services.AddLocalization();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
