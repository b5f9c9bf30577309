"""Issue 9: a build that is killed, runs out of disk or cannot write leaves the previous site complete
and byte-identical (the output folder is swapped in one step with renameat2), and says why it failed.

The kill test is seeded (GAZETTE_KILL_SEED) so a failing sequence of kill points can be replayed."""
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tree_snapshot import difference, snapshot

KILLS = int(os.environ.get("GAZETTE_KILLS", "36"))
KILL_SEED = int(os.environ.get("GAZETTE_KILL_SEED", "9"))
READ_ONLY = re.compile(r"read[- ]only", re.IGNORECASE)


def make_corpus(shared_dir, folder, notices, seed):
    subprocess.run([sys.executable, str(shared_dir / "bench" / "make_corpus.py"), str(folder),
                    "-n", str(notices), "--seed", str(seed)], check=True, capture_output=True)
    return folder


def build(gazette_bin, content, output):
    return subprocess.run([str(gazette_bin), "build", "--content", str(content), "--output", str(output)],
                          capture_output=True, text=True)


def build_ok(gazette_bin, content, output):
    result = build(gazette_bin, content, output)
    assert result.returncode == 0, f"gazette build failed ({result.returncode}):\n{result.stderr}"
    return result


def spare_of(output):
    """Where a build brings its copy of the site up to date before swapping it in (see OutputTrees)."""
    return output.parent / f".{output.name}.gazette-cache" / "site"


def spare_folders(parent):
    return sorted(str(path) for path in Path(parent).glob(".*.gazette-cache/site"))


@pytest.fixture(scope="module")
def two_corpora(shared_dir, gazette_bin, tmp_path_factory):
    """Two different 200-notice corpora and the reference output of each, built into folders of their own."""
    folder = tmp_path_factory.mktemp("kill")
    corpora = {}
    for name, seed in (("old", 1), ("new", 2)):
        content = make_corpus(shared_dir, folder / f"content-{name}", 200, seed)
        reference = folder / f"reference-{name}"
        build_ok(gazette_bin, content, reference)
        corpora[name] = (content, snapshot(reference))
    assert corpora["old"][1] != corpora["new"][1], "the two corpora must give different sites"
    assert len(corpora["old"][1][0]) > 500, "a 200-notice site has hundreds of files"
    return folder, corpora


def test_repeated_builds_are_byte_identical(gazette_bin, two_corpora):
    """The kill test tells the new site from the old by its bytes, so the same content must always give the same bytes,
    however the build's threads happen to interleave."""
    folder, corpora = two_corpora
    for attempt in range(6):
        output = folder / f"again-{attempt}"
        build_ok(gazette_bin, corpora["new"][0], output)
        state = snapshot(output)
        assert state == corpora["new"][1], f"build {attempt + 2} of the same content differs: {difference(state, corpora['new'][1])}"


def test_a_foreign_folder_in_the_spare_place_is_never_published(gazette_bin, two_corpora):
    """A spare folder without gazette's marker (someone's folder, or one a killed removal left behind) is not written
    into: its files would go live with the site."""
    folder, corpora = two_corpora
    output = folder / "guarded"
    build_ok(gazette_bin, corpora["old"][0], output)
    staging = spare_of(output)
    (staging / "gazette" / "stale").mkdir(parents=True)
    (staging / "gazette" / "stale" / "index.html").write_text("stale page from an interrupted build")

    result = build(gazette_bin, corpora["new"][0], output)
    assert not (output / "gazette" / "stale").exists(), "files of a foreign staging folder were published"
    assert result.returncode != 0 and "error:" in result.stderr and str(staging) in result.stderr, result.stderr
    assert snapshot(output) == corpora["old"][1]
    assert (staging / "gazette" / "stale" / "index.html").exists(), "a folder gazette did not write was deleted"


def test_sigkill_at_random_points_leaves_the_previous_or_the_new_site(gazette_bin, two_corpora):
    folder, corpora = two_corpora
    output = folder / "site"
    build_ok(gazette_bin, corpora["old"][0], output)
    assert snapshot(output) == corpora["old"][1], "the output must not depend on the folder it is built into"

    durations = []
    for name in ("new", "old", "new", "old"):
        started = time.monotonic()
        build_ok(gazette_bin, corpora[name][0], output)
        durations.append(time.monotonic() - started)
    duration = sorted(durations)[len(durations) // 2]

    rng = random.Random(KILL_SEED)
    current, outcomes = "old", {"killed, previous kept": 0, "killed, new in place": 0, "finished before the kill": 0}
    for attempt in range(KILLS):
        target = "new" if current == "old" else "old"
        # Every other kill aims at the end of the build, where the swap and the removal of the old site happen.
        delay = duration * (rng.uniform(0, 1) if attempt % 2 == 0 else rng.uniform(0.8, 1.4))
        process = subprocess.Popen([str(gazette_bin), "build", "--content", str(corpora[target][0]), "--output", str(output)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stderr.close()

        state = snapshot(output)
        where = f"kill {attempt + 1} of {KILLS} (seed {KILL_SEED}) {delay:.3f} s into a {duration:.3f} s build"
        if state == corpora[current][1]:
            assert process.returncode == -signal.SIGKILL, f"{where}: the build exited {process.returncode} without a new site"
            outcomes["killed, previous kept"] += 1
        elif state == corpora[target][1]:
            outcomes["killed, new in place" if process.returncode == -signal.SIGKILL else "finished before the kill"] += 1
        else:
            pytest.fail(f"{where}: the output is neither the previous site ({difference(state, corpora[current][1])}) "
                        f"nor the new one ({difference(state, corpora[target][1])})")

        build_ok(gazette_bin, corpora[target][0], output)
        after = snapshot(output)
        assert after == corpora[target][1], f"{where}: the build after the kill gave a different site: {difference(after, corpora[target][1])}"
        spare = spare_of(output)
        assert not spare.exists() or (spare / ".gazette").exists(), f"{where}: the spare folder lost its marker"
        current = target

    print(f"\n{KILLS} kills in a {duration:.2f} s build: {outcomes}")
    assert outcomes["killed, previous kept"] > 0, f"no kill landed while the build was running: {outcomes}"


@pytest.fixture
def tmpfs(tmp_path):
    """mount(size) -> a fresh tmpfs of that size under tmp_path; unmounted afterwards. CI runs as root."""
    mounted = []

    def mount(size):
        point = tmp_path / f"fs{len(mounted)}"
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"cannot mount a tmpfs (the test needs root): {result.stderr.strip()}", pytrace=False)
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def remount(point, options):
    result = subprocess.run(["mount", "-o", f"remount,{options}", str(point)], capture_output=True, text=True)
    assert result.returncode == 0, f"cannot remount {point} {options}: {result.stderr}"


def test_full_disk_is_a_clear_error_and_keeps_the_previous_site(gazette_bin, shared_dir, tmp_path, tmpfs):
    disk = tmpfs("8m")
    small = make_corpus(shared_dir, tmp_path / "small", 5, 1)
    large = make_corpus(shared_dir, tmp_path / "large", 200, 2)
    output = disk / "site"
    build_ok(gazette_bin, small, output)
    before = snapshot(output)

    result = build(gazette_bin, large, output)
    assert result.returncode != 0, "a build that did not fit on the disk reported success"
    assert "error:" in result.stderr and "No space left on device" in result.stderr, result.stderr
    assert "the previous output is unchanged" in result.stderr, result.stderr
    assert "Fatal error" not in result.stderr and "Stack dump" not in result.stderr, result.stderr
    assert snapshot(output) == before, difference(snapshot(output), before)
    assert spare_folders(disk) == [], "the failed build left its half-written spare folder filling the disk"

    build_ok(gazette_bin, small, output)
    assert snapshot(output) == before, "once the large build failed, the disk had room again for the small site"


def test_read_only_output_folder_is_a_clear_error(gazette_bin, shared_dir, tmp_path, tmpfs):
    """Root ignores permission bits, so the folder is made unwritable the way root cannot ignore: a read-only mount."""
    disk = tmpfs("16m")
    content = make_corpus(shared_dir, tmp_path / "content", 5, 1)
    output = disk / "site"
    build_ok(gazette_bin, content, output)
    before = snapshot(output)
    remount(disk, "ro")

    result = build(gazette_bin, content, output)
    assert result.returncode != 0
    assert "error: cannot write" in result.stderr and READ_ONLY.search(result.stderr), result.stderr
    assert "the previous output is unchanged" in result.stderr, result.stderr
    assert snapshot(output) == before

    fresh = build(gazette_bin, content, disk / "new-site")
    assert fresh.returncode != 0
    assert "error: cannot write" in fresh.stderr and READ_ONLY.search(fresh.stderr), fresh.stderr
    assert not (disk / "new-site").exists()


def test_output_folder_that_is_a_read_only_mount_is_a_clear_error(gazette_bin, shared_dir, tmp_path):
    """The parent is writable, the output folder itself is not (a read-only bind mount of itself): the staging folder
    is built beside it, and the swap fails. A mount point cannot be swapped at all, so the error is the same when the
    mount is writable: build into a folder inside the mounted volume instead."""
    content = make_corpus(shared_dir, tmp_path / "content", 5, 1)
    output = tmp_path / "site"
    build_ok(gazette_bin, content, output)
    before = snapshot(output)
    for options in (["--bind", str(output), str(output)], ["-o", "remount,bind,ro", str(output)]):
        mounted = subprocess.run(["mount", *options], capture_output=True, text=True)
        if mounted.returncode != 0:
            subprocess.run(["umount", str(output)], capture_output=True)
            pytest.fail(f"cannot bind-mount the output folder read-only (the test needs root): {mounted.stderr}", pytrace=False)
    try:
        result = build(gazette_bin, content, output)
    finally:
        subprocess.run(["umount", str(output)], check=True)
    assert result.returncode != 0
    assert "error: cannot write" in result.stderr and "the previous output is unchanged" in result.stderr, result.stderr
    assert snapshot(output) == before
    assert spare_folders(tmp_path) == []
