# gen2_methodview: actions with sinks
import os

from flask import redirect

BASE = "/srv/uploads"


def remove(name):
    os.remove(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


def go(target):
    return redirect(target)  # want: PY-OPEN-REDIRECT


def go_home(_target):
    return redirect("/")  # safe: PY-OPEN-REDIRECT
