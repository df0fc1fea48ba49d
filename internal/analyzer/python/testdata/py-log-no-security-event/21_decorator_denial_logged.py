# LG-1 FALSE: the decorator logs the denial before aborting; a non-auth decorator is not a guard
import functools
import logging
import time

from flask import abort, request, session

audit = logging.getLogger("audit")


def admin_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("role") != "admin":
            audit.warning("access denied to %s for user %s", request.path, session.get("user_id"))
            abort(403)
        return view(*args, **kwargs)
    return wrapper


def timed(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        start = time.time()
        if request.args.get("fail"):
            abort(400)
        out = view(*args, **kwargs)
        return out, time.time() - start
    return wrapper
