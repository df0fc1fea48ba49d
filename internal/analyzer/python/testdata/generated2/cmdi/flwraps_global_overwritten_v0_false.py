# generated case (gen_cases2): rule=PY-CMDI context=flwraps propagation=global_overwritten sink=v0 expected=false
import functools
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


LAST = ""


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
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
