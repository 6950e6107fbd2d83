"""scrutiny: a sourced knowledge graph of disputes over AI surveillance, built from the news."""


def __getattr__(name: str) -> str:
    # the installed version, read when asked for (importlib.metadata costs every command ~40 ms)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version
        try:
            return version("scrutiny")
        except PackageNotFoundError:  # running from a source tree without installation
            return "0.0.0"
    raise AttributeError(f"module 'scrutiny' has no attribute {name!r}")
