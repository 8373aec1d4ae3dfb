from organiser.ui.screens import SCREENS


def test_window_shows_sample_events(window):
    page = window.pages["events"]
    assert page.events_model.rowCount() == 2
    assert window.ui.navigation.count() == len(SCREENS)
