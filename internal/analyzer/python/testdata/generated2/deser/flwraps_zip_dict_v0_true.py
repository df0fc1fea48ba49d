# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flwraps propagation=zip_dict sink=v0 expected=true
import base64
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
    bar = dict(zip(["k"], [param]))["k"]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
