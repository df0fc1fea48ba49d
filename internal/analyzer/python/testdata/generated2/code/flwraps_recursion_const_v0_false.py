# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flwraps propagation=recursion_const sink=v0 expected=false
import functools
import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/code")
@audited
def handle_code():
    param = request.args.get("p", "")
    bar = unwrap(param, 3)
    result = str(eval(bar))
    return jsonify(result=result)
