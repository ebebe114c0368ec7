"""`python -m zhtools`: the command line, as the `zhtools` script runs it."""

from zhtools.cli import console

if __name__ == "__main__":
    console()
