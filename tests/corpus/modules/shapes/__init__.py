"""A package beside `local_import.py`."""

print("shapes package loaded as", __name__)
DEFAULT_UNIT = "cm"
