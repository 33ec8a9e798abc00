var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddKeyedRedisClient("redis");
builder.Services.AddSingleton(TimeProvider.System);
builder.UseOrleans();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
