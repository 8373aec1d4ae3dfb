"""The Events screen's panels: the list of events, the selected event's form, its programme. The screen is
organiser.ui.events_page.EventsPage."""
