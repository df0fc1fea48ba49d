# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flwraps propagation=defaultdict_missing sink=v0 expected=false
import base64
import collections
import functools
import logging
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


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
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["q"]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
