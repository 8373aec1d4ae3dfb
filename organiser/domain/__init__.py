"""Plain Python rules of the application: no Qt (but for collation, behind one function) and no SQL."""
