from organiser.ui.main_window import SCREENS


def test_window_shows_sample_events(window):
    page = window.pages["events"]
    assert page.events_model.rowCount() == 2
    assert window.ui.navigation.count() == len(SCREENS)
