# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flwraps propagation=ordereddict_other sink=v0 expected=false
import functools
import logging

from collections import OrderedDict
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
log = logging.getLogger(__name__)


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
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    return redirect(bar)
