"""The map page in headless Chromium, driven by Playwright, against a live server on loopback.

Set SITREP_SCREENSHOT=docs/screenshot.png to refresh the documentation screenshot.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

pytestmark = pytest.mark.browser

READY = "body[data-ready=true]"

# Playwright's auto-waiting assertions; no script is evaluated in the page (its CSP forbids eval).
expect = pytest.importorskip("playwright.sync_api", reason="playwright missing: run .ci/browser.sh").expect


def rows(page: Any) -> Any:
    return page.locator("#incidents tbody tr")


def test_page_loads_with_outlines_markers_and_timeline(page: Any) -> None:
    page.wait_for_selector(READY)
    assert page.title().startswith("sitrep")
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # country outlines
    markers = page.locator("path.leaflet-interactive").count() + page.locator(".cluster").count()
    assert markers > 0
    assert page.locator("#timeline rect.bar").count() == 8  # one bar per day with events
    expect(rows(page)).to_have_count(10)
    assert "10 incident(s)" in page.locator("#status").inner_text()


def test_filter_reduces_the_table_and_lands_in_the_url(page: Any) -> None:
    page.wait_for_selector(READY)
    page.select_option("select[name=country]", "CD")
    expect(rows(page)).to_have_count(2)
    assert "country=CD" in page.url
    page.fill("input[name=min_fatalities]", "10")
    expect(rows(page)).to_have_count(1)
    assert page.locator("#incidents tbody tr").get_attribute("data-id") == "inc-beni"
    page.click("button[type=reset]")
    expect(rows(page)).to_have_count(10)


def test_timeline_bar_keeps_one_day(page: Any) -> None:
    page.wait_for_selector(READY)
    page.click("#timeline rect[data-day='2026-03-12']")
    expect(rows(page)).to_have_count(2)
    assert page.input_value("input[name=from]") == "2026-03-12"


def test_clicking_an_incident_shows_highlighted_evidence(page: Any) -> None:
    page.wait_for_selector(READY)
    page.click("#incidents tbody tr[data-id=inc-beni]")
    page.wait_for_selector("#detail .report .article-text .ev")
    assert page.locator("#detail .report").count() == 2
    evidence = page.locator("#detail .article-text").first
    highlighted = "".join(evidence.locator(".ev").all_text_contents())
    assert highlighted.startswith("Suspected ADF rebels killed 17 villagers")
    assert highlighted.endswith("Saturday.")
    assert evidence.locator(".hl-actor1").first.inner_text() == "ADF rebels"
    assert evidence.locator(".hl-location").first.inner_text() == "Beni"
    assert evidence.locator(".hl-fatalities").first.inner_text() == "17"
    assert page.locator("#incidents tbody tr.selected").get_attribute("data-id") == "inc-beni"


def test_reports_in_two_languages_side_by_side(page: Any) -> None:
    page.wait_for_selector(READY)
    page.click("#incidents tbody tr[data-id=inc-deir]")
    page.wait_for_selector("#detail .report .article-text .ev")
    langs = page.locator("#detail .report .badge").all_inner_texts()
    assert sorted(x.lower() for x in langs) == ["en", "fr"]
    sources = page.locator("#detail .article-text .hl-reported_by").all_inner_texts()
    assert sources == ["l'Observatoire syrien des droits de l'homme", "Syrian Observatory for Human Rights"]
    target = os.environ.get("SITREP_SCREENSHOT")
    if target:
        page.wait_for_timeout(800)  # let the map finish its zoom animation
        page.screenshot(path=target)


def test_clicking_a_marker_opens_its_incident(page: Any) -> None:
    page.wait_for_selector(READY)
    page.select_option("select[name=country]", "SD")  # one incident: a lone marker, no cluster
    expect(rows(page)).to_have_count(1)
    page.wait_for_timeout(400)
    page.locator("path.leaflet-interactive").first.click()
    page.wait_for_selector("#detail .article-text .ev")
    assert "El Fasher" in page.locator("#detail h2").inner_text()


def test_sorting_and_keyboard_selection(page: Any) -> None:
    page.wait_for_selector(READY)
    page.click("th[data-sort=deaths]")
    expect(rows(page).first).to_have_attribute("data-id", "inc-fasher")  # 21 deaths, the most
    expect(page.locator("th[data-sort=deaths]")).to_have_attribute("aria-sort", "descending")
    page.click("th[data-sort=deaths]")
    expect(page.locator("th[data-sort=deaths]")).to_have_attribute("aria-sort", "ascending")
    rows(page).nth(2).focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#detail .report")
    expect(page.locator("#incidents tbody tr.selected")).to_have_count(1)


def test_selected_incident_is_in_the_url(page: Any, live_server: Any) -> None:
    page.wait_for_selector(READY)
    page.click("#incidents tbody tr[data-id=inc-gao]")
    page.wait_for_selector("#detail .report")
    assert page.url.endswith("#inc-gao")
    page.goto(live_server.url + "/?country=ML#inc-gao")
    page.wait_for_selector("#detail .report")
    expect(rows(page)).to_have_count(2)
    assert "Gao" in page.locator("#detail h2").inner_text()


def test_api_docs_render_offline(page: Any, live_server: Any) -> None:
    page.wait_for_selector(READY)  # let the map page finish its requests before leaving it
    outside: list[str] = []
    page.on("request", lambda req: None if req.url.startswith(live_server.url) else outside.append(req.url))
    page.goto(live_server.url + "/api/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    assert page.locator(".opblock").count() >= 10
    assert not [u for u in outside if not u.startswith("data:")]
