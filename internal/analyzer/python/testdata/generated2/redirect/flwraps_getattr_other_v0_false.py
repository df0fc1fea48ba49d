# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flwraps propagation=getattr_other sink=v0 expected=false
import functools
import logging

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
log = logging.getLogger(__name__)


class Box:
    pass


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/redirect")
@audited
def handle_redirect():
    param = request.args.get("p", "")
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "other")
    return redirect(bar)
