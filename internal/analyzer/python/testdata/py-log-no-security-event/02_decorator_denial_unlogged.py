# LG-1: the role decorator denies access without leaving a trace
import functools

from flask import abort, session


def admin_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") != "admin":
            abort(403)  # want: PY-LOG-NO-SECURITY-EVENT
        return view(*args, **kwargs)
    return wrapper
