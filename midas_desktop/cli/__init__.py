"""The ``midas`` command line: parses arguments, calls services, prints text or JSON Lines."""
