# generated case (gen_cases2): rule=PY-XSS context=flwraps propagation=reversed_list_const sink=v0 expected=false
import functools
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


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
    bar = list(reversed(["safe", param]))[1]
    return "<p>Hello " + bar + "</p>"
