using KnowledgeGraph.Cli.Commands;

return CommandLine.Run(args, Console.Out, Console.Error);
