"""zhtools: clean, split and extract scraped Chinese anti-fraud campaign pages."""

__version__ = "0.1.0"
