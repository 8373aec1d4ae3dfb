"""One QUndoCommand a user action, a module an aggregate: redo calls the service that does the action,
undo the one that reverses it. The shapes they share (a value change, a creation, a save, a removal) and
how the first ``apply()``, ``redo()``, errors and re-created records' ids work are in ``base``."""
