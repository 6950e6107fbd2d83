"""scrutiny: a sourced knowledge graph of disputes over AI surveillance, built from the news."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("scrutiny")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
