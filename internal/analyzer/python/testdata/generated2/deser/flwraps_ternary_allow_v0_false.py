# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flwraps propagation=ternary_allow sink=v0 expected=false
import base64
import functools
import logging
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/deser")
@audited
def handle_deser():
    param = request.args.get("p", "")
    bar = param if param in ALLOWED else "alpha"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
