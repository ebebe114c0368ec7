class ZhtoolsError(Exception):
    """Base of every error the toolkit raises on purpose."""
class IngestError(ZhtoolsError):
    """An input file that cannot be read as text; `reason` says why in one line."""
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
