using Collab.Silo;
using Collab.Silo.Demo;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKeyedRedisClient("redis");
builder.Services.AddCollabDomain();
builder.UseOrleans();
// Demo data only in Development (it can be switched off there), never in production.
if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Demo:Load", true))
{
    builder.Services.AddHostedService<DemoDataSeeder>();
}

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
