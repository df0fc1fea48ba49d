# generated case (gen_cases2): rule=PY-SSRF context=flwraps propagation=helper_isinstance sink=v0 expected=false
import functools
import logging
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/ssrf")
@audited
def handle_ssrf():
    param = request.args.get("p", "")
    bar = coerce(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return jsonify(result=result)
