import LLMCostCLI

CLI.main()
