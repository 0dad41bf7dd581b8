"""The `dateline` command: one module per subcommand, each a thin layer over library functions."""
