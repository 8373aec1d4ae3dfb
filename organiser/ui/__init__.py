"""The window: thin Qt code over the services. Nothing outside ui/ imports ui/."""
