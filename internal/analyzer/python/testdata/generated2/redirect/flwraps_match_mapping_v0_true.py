# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flwraps propagation=match_mapping sink=v0 expected=true
import functools
import logging

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
log = logging.getLogger(__name__)


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
    match {"k": param}:
        case {"k": v}:
            bar = v
        case _:
            bar = "default"
    return redirect(bar)  # want: PY-OPEN-REDIRECT
