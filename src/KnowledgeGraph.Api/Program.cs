using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<GraphDataOptions>(builder.Configuration.GetSection(GraphDataOptions.Section));
builder.Services.AddSingleton<GraphProvider>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

// Load the graph before serving so a broken data folder stops start-up with its problems listed.
_ = app.Services.GetRequiredService<GraphProvider>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.UseSwaggerUI(options =>
{
    options.SwaggerEndpoint("/openapi/v1.json", "KnowledgeGraph API v1");
    options.RoutePrefix = "swagger";
    options.DocumentTitle = "KnowledgeGraph API";
});
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealthEndpoints();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        var root = address.TrimEnd('/');
        Console.WriteLine($"KnowledgeGraph API listening on {root} - Swagger UI: {root}/swagger - OpenAPI: {root}/openapi/v1.json");
    }
});

app.Run();
