# helper module for errors/import_errors.py
present = "present name"
