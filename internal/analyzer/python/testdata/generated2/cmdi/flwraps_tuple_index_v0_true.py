# generated case (gen_cases2): rule=PY-CMDI context=flwraps propagation=tuple_index sink=v0 expected=true
import functools
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/cmdi")
@audited
def handle_cmdi():
    param = request.args.get("p", "")
    t = ("safe", param)
    bar = t[1]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return jsonify(result=result)
