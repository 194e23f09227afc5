using System.Text.Json.Serialization;
using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Infrastructure;
using KnowledgeGraph.Api.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpLogging;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureServerLimits(builder.Configuration);

var dataSection = builder.Configuration.GetSection(GraphDataOptions.Section);
builder.Services.Configure<GraphDataOptions>(dataSection);
builder.Services.Configure<ApiLimits>(builder.Configuration.GetSection(ApiLimits.Section));
builder.Services.Configure<SecurityHeadersOptions>(builder.Configuration.GetSection(SecurityHeadersOptions.Section));
builder.Services.AddRequestBudget();
builder.Services.AddSingleton<GraphProvider>();
// One snapshot per request: every part of a request reads the same version, even across a reload.
builder.Services.AddScoped(sp => sp.GetRequiredService<GraphProvider>().Current);

builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddOpenApi(options =>
{
    OpenApiExamples.Configure(options);
    ExportOpenApi.Configure(options);
});
builder.Services.AddHttpLogging(options =>
{
    options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
        | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
    options.CombineLogs = true;
});
var corsOrigins = dataSection.GetSection("CorsOrigins").Get<string[]>() ?? [];
if (corsOrigins.Length > 0)
{
    builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy.WithOrigins(corsOrigins).WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("ETag")));
}

var app = builder.Build();

// Load the graph before serving, so a broken data folder stops start-up with its problems listed.
_ = app.Services.GetRequiredService<GraphProvider>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseHttpLogging();
app.UseRoutingWithHead();
app.UseRequestBudget();
app.UseMiddleware<ParameterLimitsMiddleware>();
if (corsOrigins.Length > 0)
{
    app.UseCors();
}

app.UseExplorer();
app.UseMiddleware<ETagMiddleware>();
app.MapOpenApi();
app.UseSwaggerUI(options =>
{
    options.SwaggerEndpoint("/openapi/v1.json", "KnowledgeGraph API v1");
    options.RoutePrefix = "swagger";
    options.DocumentTitle = "KnowledgeGraph API";
});
var routes = app.MapGroup(string.Empty).DocumentRequestLimits().WriteAnswersWhole();
routes.MapHealthEndpoints();
routes.MapEntityEndpoints();
routes.MapPathEndpoints();
routes.MapRelationEndpoints();
routes.MapVocabularyEndpoints();
routes.MapActorEndpoints();
routes.MapDocumentEndpoints();
routes.MapExportEndpoints();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var root in addresses.Select(a => a.TrimEnd('/')))
    {
        Console.WriteLine($"KnowledgeGraph API listening on {root} - Explorer: {root}/ - Swagger UI: {root}/swagger - OpenAPI: {root}/openapi/v1.json");
    }
});

app.Run();
