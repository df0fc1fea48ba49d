# interproc/files: read_user_file opens a joined path (tainted via views.download); read_avatar sanitizes with basename first
import os

BASE = "/srv/userfiles"


def read_user_file(name):
    with open(os.path.join(BASE, name), "rb") as fh:  # want: PY-PATH-TRAVERSAL
        return fh.read()


def read_avatar(name):
    safe = os.path.basename(name)
    with open(os.path.join(BASE, "avatars", safe), "rb") as fh:
        return fh.read()
