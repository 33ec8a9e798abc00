using Collab.Silo;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKeyedRedisClient("redis");
builder.Services.AddCollabDomain();
builder.UseOrleans();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
