# generated case (gen_cases2): rule=PY-CMDI context=flwraps propagation=validator_block sink=v0 expected=false
import functools
import logging
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


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
    bar = param
    result = None
    if is_valid(bar):
        result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
