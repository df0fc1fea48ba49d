# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flwraps propagation=ternary_allow_inverted sink=v0 expected=true
import functools
import logging

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


@app.route("/code")
@audited
def handle_code():
    param = request.args.get("p", "")
    bar = param if param not in ALLOWED else "alpha"
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
