"""The price history's Atom feed (changes.xml) is valid Atom that a real parser accepts.

The site under test is the repository's own, so its history length is whatever the checkout
has (at least the commit that added Site/prices.lock.json in a full clone; none in a shallow
one, where api/changes.json says why). The checks hold for any length: feedparser reports no
problem (bozo 0), entry ids are built from the commits' full hashes (never the build's time),
are unique and match api/changes.json, entries are newest first, the feed's `updated` is the
newest entry's, and each entry links to its commit's section of the Changes page.
"""
from __future__ import annotations

import calendar
import json
import re
from html.parser import HTMLParser

import feedparser

ATOM_NS = "http://www.w3.org/2005/Atom"
ENTRY_ID = re.compile(r"^urn:sha(1:[0-9a-f]{40}|256:[0-9a-f]{64})$")


def _feed(site_dir):
    raw = (site_dir / "changes.xml").read_bytes()
    return raw, feedparser.parse(raw)


def _ids_in(html: str) -> set[str]:
    class Ids(HTMLParser):
        def __init__(self):
            super().__init__()
            self.ids: set[str] = set()

        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name == "id" and value:
                    self.ids.add(value)

    parser = Ids()
    parser.feed(html)
    return parser.ids


def test_feed_is_valid_atom(site_dir):
    raw, feed = _feed(site_dir)
    assert feed.bozo == 0, f"feedparser found a problem: {feed.get('bozo_exception')!r}"
    assert feed.version == "atom10", feed.version
    assert feed.namespaces.get("") == ATOM_NS
    assert raw.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert feed.feed.get("id"), "the feed has no id"
    assert feed.feed.get("title"), "the feed has no title"
    assert feed.feed.get("updated_parsed"), "the feed has no parseable updated"
    assert feed.feed.get("author"), "the feed has no author"


def test_entries_have_stable_unique_ids_newest_first(site_dir):
    _, feed = _feed(site_dir)
    api = json.loads((site_dir / "api" / "changes.json").read_text(encoding="utf-8"))
    if api["unavailable"] is not None:
        # A shallow clone or a tarball: no history, and the feed is empty but valid.
        assert feed.entries == []
        assert api["commits"] == []
        return
    assert feed.entries, "a site with a history has at least the commit that added the lockfile"
    ids = [e.id for e in feed.entries]
    assert all(ENTRY_ID.match(i) for i in ids), ids
    assert len(set(ids)) == len(ids), "entry ids repeat"
    shas = {c["sha"] for c in api["commits"]}
    assert {i.split(":", 2)[2] for i in ids} == shas, "entry ids are not the commits of api/changes.json"
    times = [calendar.timegm(e.updated_parsed) for e in feed.entries]
    assert times == sorted(times, reverse=True), "entries are not newest first"
    assert calendar.timegm(feed.feed.updated_parsed) == times[0], "the feed's updated is not the newest entry's"
    for e in feed.entries:
        assert e.get("title") is not None and e.get("summary"), e.id


def test_entries_link_to_their_commit_on_the_changes_page(site_dir):
    _, feed = _feed(site_dir)
    page = (site_dir / "changes" / "index.html").read_text(encoding="utf-8")
    anchors = _ids_in(page)
    for e in feed.entries:
        href = e.link
        path, _, fragment = href.partition("#")
        assert path.endswith("changes/index.html"), href
        assert fragment in anchors, f"{href}: no id {fragment!r} on changes/index.html"
        assert fragment == "c-" + e.id.split(":", 2)[2]
