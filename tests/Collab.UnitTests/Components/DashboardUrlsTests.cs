using Collab.Contracts.Indicators;
using Collab.Dashboard;
using Collab.Dashboard.Forms;
using Collab.Dashboard.Import;
using Microsoft.AspNetCore.Components;

namespace Collab.Tests.Components;

/// <summary>The one place for addresses holds every page's route, and its links are the addresses users know.</summary>
public sealed class DashboardUrlsTests
{
    [Fact]
    public void Every_routable_page_declares_a_route_from_DashboardUrls_and_every_route_there_has_a_page()
    {
        var declared = typeof(DashboardUrls).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => r.Template)
            .Order()
            .ToArray();

        string[] expected =
        [
            "/", "/aanmelden", "/audit", "/beheer", "/beheer/vaststellen", "/error", "/geen-toegang", "/importeren", "/initiatieven/{Id}", "/leden/{Id}",
            "/not-found", "/open-data", "/rapport", "/registreren", "/registreren/{Slug}", "/uitwisseling", "/vergelijking",
            "/toegankelijkheid", "/privacy", "/contact",
        ];
        Assert.Equal(expected.Order(), declared);
        var constants = typeof(DashboardUrls).GetFields().Where(f => f.Name.EndsWith("Route", StringComparison.Ordinal)).Select(f => (string)f.GetValue(null)!);
        Assert.Equal(expected.Order(), constants.Order());
    }

    [Fact]
    public void Links_are_the_documented_Dutch_addresses()
    {
        Assert.Equal("/leden/ocw", DashboardUrls.Member("ocw"));
        Assert.Equal("/initiatieven/pop-up-stores", DashboardUrls.Initiative("pop-up-stores"));
        Assert.Equal("/initiatieven/pop-up-stores?van=2024-01&tot=2024-03", DashboardUrls.Initiative("pop-up-stores", Period.Quarter(2024, 1)));
        Assert.Equal("/registreren/ondersteuning", DashboardUrls.Register(RegistrationKind.SupportSession));
        Assert.Equal("/registreren/kennisdeling", DashboardUrls.Register(RegistrationKind.KnowledgeContact));
        Assert.Equal("/registreren/inkoop", DashboardUrls.Register(RegistrationKind.ProcurementUpdate));
        Assert.Equal("/api/v1/imports/knowledge-contacts/template", DashboardUrls.ImportTemplate(ImportKind.KnowledgeContacts));
        Assert.Equal("/account/sign-in?returnUrl=%2Fleden%2Focw%3Fx%3D1", DashboardUrls.SignIn("/leden/ocw?x=1"));
    }

    [Fact]
    public void An_id_with_a_reserved_character_stays_one_path_segment()
    {
        Assert.Equal("/leden/a%2Fb%3Fc", DashboardUrls.Member("a/b?c"));
    }
}
