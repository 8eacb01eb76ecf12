import LLMCostCLI

CLI.exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst())))
