# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flwraps propagation=mutual_recursion sink=v0 expected=true
import functools
import logging

from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


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
    bar = ping(param, 4)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
