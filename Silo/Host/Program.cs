using Collab.Silo;
using Collab.Silo.Cluster;
using Collab.Silo.Demo;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKeyedRedisClient("redis");
builder.Services.AddCollabDomain();
builder.UseOrleans();
builder.Services.AddQuickFailover();
builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
// Demo data only in Development (Demo:Load=false switches it off there), never in production.
if (builder.Environment.IsDevelopment())
{
    builder.Services.AddHostedService<DemoDataSeeder>();
}

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
