# generated case (gen_cases2): rule=PY-XSS context=flwraps propagation=validator_guard sink=v0 expected=false
import functools
import logging
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/xss")
@audited
def handle_xss():
    param = request.args.get("p", "")
    if not is_valid(param):
        abort(400)
    bar = param
    return "<p>Hello " + bar + "</p>"
