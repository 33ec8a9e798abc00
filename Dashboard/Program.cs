using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Dashboard.Audit;
using Collab.Dashboard.Cluster;
using Collab.Dashboard.Components;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Hosting;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Live;
using Collab.Dashboard.Localization;
using Collab.Dashboard.OpenData;
using Collab.Dashboard.Printing;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.FluentUI.AspNetCore.Components;

var builder = WebApplication.CreateBuilder(args);
// Serve the Fluent UI assets from the build output in every environment, not only in Development.
builder.WebHost.UseStaticWebAssets();

builder.AddServiceDefaults();
builder.AddKeyedRedisClient("redis");
builder.UseOrleansClient(client => client.UseConnectionRetryFilter<ConnectWhileSilosStart>());

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddFluentUIComponents(fluent => fluent.Localizer = new FluentTexts());
builder.Services.Configure<Collab.Dashboard.Components.Pages.Site.ContactOptions>(builder.Configuration.GetSection(Collab.Dashboard.Components.Pages.Site.ContactOptions.Section));
builder.Services.AddCollabLocalization();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCollabAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddProxyEdge(builder.Configuration, builder.Environment);
builder.Services.AddRequestLimits(builder.Configuration);
builder.Services.AddCollabApi();
builder.Services.AddPublishing();
builder.Services.AddWriteLimits(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = WriteLimits.MaxBodyBytes);
builder.Services.AddSingleton<ClusterStatusReader>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<PageAudit>();
builder.Services.AddSingleton<RegistrationDesk>();
builder.Services.AddSingleton<OnboardingDesk>();
builder.Services.AddSingleton<Collab.Dashboard.Import.ImportRunner>();
builder.Services.AddScoped<CircuitOrigin>();
builder.Services.AddScoped<CircuitHandler, CircuitOriginHandler>();
builder.Services.AddSingleton<ICollaborationReader, CollaborationReader>();
builder.Services.AddSingleton<ChangeFeed>();
builder.Services.AddSingleton<IChangeFeed>(sp => sp.GetRequiredService<ChangeFeed>());
builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeFeed>());

var app = builder.Build();

app.UseProxyEdge(app.Environment);
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler(DashboardUrls.ErrorRoute, createScopeForErrors: true);
}

app.UseSecurityHeaders();
app.UseRequestLimits();
app.UseCollabLocalization();
app.UseCors();
// An unknown page address gets the product's own 404 page; the API keeps its problem details, posts their plain status.
app.UseStatusCodePagesWithReExecute(DashboardUrls.NotFoundRoute, createScopeForStatusCodePages: true);
app.Use((context, next) =>
{
    var pageRead = HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments(ApiSetup.Prefix);
    context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()!.Enabled = pageRead;
    return next(context);
});
app.UseAuthentication();
app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiSetup.Prefix), api =>
{
    // Outermost for the API: the audit line describes the answer as the exception handler and status pages shaped it.
    api.UseMiddleware<AuditMiddleware>();
    api.UseApiConventions();
    api.UseApiUnavailableHandling();
    // An empty 4xx from routing (415 wrong content type, 405 wrong method) still gets problem details saying what it is.
    api.UseStatusCodePages(ApiSetup.ExplainEmptyError);
});
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapCultureEndpoint();
app.MapAccount(app.Environment);
app.MapCollabApi();
app.MapAuditExport();
app.MapReportPdf();
app.MapPageExports();
app.MapManageExports();
app.MapPublishing();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
