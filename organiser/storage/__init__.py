"""The only place that knows SQLite: db.py opens and migrates a workspace, one repository module an aggregate."""
