# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flwraps propagation=validator_guard sink=v0 expected=false
import functools
import logging
import os
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/path")
@audited
def handle_path():
    param = request.args.get("p", "")
    if not is_valid(param):
        abort(400)
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=result)
