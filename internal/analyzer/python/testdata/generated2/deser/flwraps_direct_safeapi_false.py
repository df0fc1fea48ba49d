# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flwraps propagation=direct sink=safe-api expected=false
import functools
import json
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


@app.route("/deser")
@audited
def handle_deser():
    param = request.args.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=result)
