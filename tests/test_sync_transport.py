"""Publishing and reading sync files (vault/sync/transport.py) on a folder and on the real servers
the suite starts on 127.0.0.1: OpenSSH sshd (SFTP), wsgidav (WebDAV) and moto (S3)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from tests.sync_fixtures import new_id
from vault.backup.targets import open_target
from vault.sync import layout, transport
from vault.sync.transport import AlreadyPublished

pytest_plugins = ["tests.servers"]


@pytest.fixture(params=["folder", "sftp", "webdav", "s3"])
def location(request, tmp_path):
    """(url, target, a function writing a raw file behind our back) for each kind of location."""
    kind = request.param
    sub = f"sync-{tmp_path.name}"
    if kind == "folder":
        url = str(tmp_path / "loc")
        target = open_target(url, create=True)
    elif kind == "sftp":
        server = request.getfixturevalue("sshd_server")
        url = server.url(sub)
        target = open_target(url, trust_host_key=True, create=True)
    elif kind == "webdav":
        server = request.getfixturevalue("webdav_server")
        url = server.url(sub)
        target = open_target(url, create=True)
    else:
        server = request.getfixturevalue("s3_server")
        url = server.url(sub)
        target = open_target(url, s3_endpoint=server.endpoint)
    yield kind, target
    target.close()


def raw_put(target, path: str, data: bytes) -> None:
    """Write a file the way any other program would (no protocol of ours)."""
    sub = transport.at(target, path.rpartition("/")[0])
    sub.ensure()
    with sub.writer(path.rpartition("/")[2]) as fh:
        fh.write(data)


@pytest.mark.servers
def test_publish_once_then_refuse_and_list_only_segments(location):
    kind, target = location
    book, dev = new_id(), new_id()
    for seq in (1, 2, 4):
        transport.publish_once(target, layout.segment_path(book, dev, seq), f"segment {seq}".encode())
    with pytest.raises(AlreadyPublished) as e:
        transport.publish_once(target, layout.segment_path(book, dev, 2), b"a different segment 2")
    assert "never replaced" in e.value.message
    assert transport.fetch(target, layout.segment_path(book, dev, 2)) == b"segment 2"
    # junk and a killed upload's temporary file beside them
    d = layout.device_dir(book, dev)
    for junk in (".3.seg.partial-0a1b2c3d", "03.seg", "3.seg.tmp", "3.SEG", "notes.txt"):
        raw_put(target, f"{d}/{junk}", b"junk")
    raw_put(target, f"{layout.changes_dir(book)}/not-a-device/1.seg", b"junk")
    assert transport.list_device_segments(target, book, dev) == [1, 2, 4]
    assert transport.list_devices(target, book) == [dev]
    # the reader stops at the gap (3 is not visible yet), then goes on once it is
    assert [s for s, _ in transport.read_segments(target, book, dev)] == [1, 2]
    assert list(transport.read_segments(target, book, dev, from_seq=3)) == []
    transport.publish_once(target, layout.segment_path(book, dev, 3), b"segment 3")
    assert [(s, b) for s, b in transport.read_segments(target, book, dev, from_seq=2)] == [
        (2, b"segment 2"), (3, b"segment 3"), (4, b"segment 4")]
    if kind != "s3":
        assert transport.sweep_partials(target, d) == [".3.seg.partial-0a1b2c3d"]
    assert transport.list_device_segments(target, book, dev) == [1, 2, 3, 4]


@pytest.mark.servers
def test_roster_is_read_up_to_the_first_incomplete_version(location):
    _, target = location
    book = new_id()
    for n in (1, 2, 3):
        transport.publish_once(target, layout.roster_path(book, n), f"v{n}".encode())
    for n in (1, 3):
        transport.publish_once(target, layout.roster_sig_path(book, n), f"s{n}".encode())
    assert transport.read_roster(target, book) == [(b"v1", b"s1")]
    transport.publish_once(target, layout.roster_sig_path(book, 2), b"s2")
    assert [v for v, _ in transport.read_roster(target, book)] == [b"v1", b"v2", b"v3"]


def test_missing_file_and_empty_location(tmp_path):
    target = open_target(str(tmp_path / "empty"))
    book, dev = new_id(), new_id()
    assert transport.list_devices(target, book) == []
    assert transport.list_device_segments(target, book, dev) == []
    assert transport.read_roster(target, book) == []
    with pytest.raises(FileNotFoundError):
        transport.fetch(target, layout.segment_path(book, dev, 1))


KILLED = textwrap.dedent("""
    import os, sys
    from vault.backup.targets import open_target
    from vault.sync import transport
    target = open_target(sys.argv[1], create=True)
    real_link = os.link
    def link(*a, **k):
        print("writing", flush=True)
        os.kill(os.getpid(), 9)      # killed between the temporary file and the final name
    os.link = link
    transport.publish_once(target, sys.argv[2], b"x" * 100000)
""")


def test_a_kill_mid_publish_leaves_no_visible_segment(tmp_path):
    url, book, dev = str(tmp_path / "loc"), new_id(), new_id()
    path = layout.segment_path(book, dev, 1)
    p = subprocess.run([sys.executable, "-c", KILLED, url, path], capture_output=True, text=True,
                       cwd=os.path.dirname(os.path.dirname(__file__)), timeout=60)
    assert p.returncode == -signal.SIGKILL and "writing" in p.stdout, p.stderr
    target = open_target(url)
    left = os.listdir(tmp_path / "loc" / layout.device_dir(book, dev))
    assert len(left) == 1 and left[0].startswith(".1.seg.partial-")  # only the hidden temporary file
    assert transport.list_device_segments(target, book, dev) == []
    transport.publish_once(target, path, b"the real segment")  # the next run publishes the same seq
    assert list(transport.read_segments(target, book, dev)) == [(1, b"the real segment")]


@pytest.mark.servers
def test_the_final_step_itself_refuses_an_existing_name(location, monkeypatch):
    """The existence check before publishing is only a fast path: the rename/MOVE/PUT refuses too
    (another process of the same device racing us cannot overwrite a published segment)."""
    kind, target = location
    book, dev = new_id(), new_id()
    path = layout.segment_path(book, dev, 1)
    transport.publish_once(target, path, b"first")
    if kind != "folder":
        monkeypatch.setattr(target.fs, "exists", lambda p, **kw: False)
    with pytest.raises(AlreadyPublished):
        transport.publish_once(target, path, b"second")
    monkeypatch.undo()
    assert transport.fetch(target, path) == b"first"
    assert transport.list_device_segments(target, book, dev) == [1]


def test_names_found_in_listings_are_parsed_strictly():
    dev, book = new_id(), new_id()
    hlc = f"{1_750_000_000_000:013d}-00a1-{dev}"
    assert layout.parse_segment_name("17.seg") == 17
    for junk in ("017.seg", "0.seg", "-1.seg", "17.seg.partial-ab", ".17.seg", "17.Seg", "1" * 17 + ".seg", "17"):
        assert layout.parse_segment_name(junk) is None, junk
    assert layout.parse_device_dir_name(dev) == dev and layout.parse_device_dir_name(dev.upper()) is None
    snap = layout.basename(layout.snapshot_path(book, hlc, dev))
    assert layout.parse_snapshot_name(snap) == layout.SnapshotName(hlc, dev)
    assert layout.parse_snapshot_name(snap.replace("00a1", "00A1")) is None
    assert layout.parse_ack_name(layout.basename(layout.ack_path(book, dev))) == dev
    assert layout.parse_roster_name("3.json") == 3 and layout.parse_roster_sig_name("3.json.sig") == 3
    assert layout.parse_roster_name("3.json.sig") is None
    assert layout.segment_path(book, dev, 5) == f"{book}/changes/{dev}/5.seg"
    with pytest.raises(ValueError):
        layout.segment_path(book, "../" + dev, 5)
