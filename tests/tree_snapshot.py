"""A built output folder as data, to compare two builds file by file."""
import os


def snapshot(folder):
    """Every file (path -> bytes) and every folder under `folder`: the whole site as a reader could fetch it."""
    files, folders = {}, set()
    for root, dirnames, filenames in os.walk(folder):
        relative = os.path.relpath(root, folder)
        folders.update(os.path.normpath(os.path.join(relative, name)) for name in dirnames)
        for name in filenames:
            with open(os.path.join(root, name), "rb") as handle:
                files[os.path.normpath(os.path.join(relative, name))] = handle.read()
    return files, frozenset(folders)


def difference(actual, expected):
    """A short account of how two snapshots differ, instead of two 1,000-file dictionaries."""
    missing = sorted(set(expected[0]) - set(actual[0]))
    extra = sorted(set(actual[0]) - set(expected[0]))
    changed = sorted(p for p in set(actual[0]) & set(expected[0]) if actual[0][p] != expected[0][p])
    folders = sorted(actual[1] ^ expected[1])
    return (f"{len(missing)} missing {missing[:5]}, {len(extra)} extra {extra[:5]}, "
            f"{len(changed)} changed {changed[:5]}, folders differ {folders[:5]}")
