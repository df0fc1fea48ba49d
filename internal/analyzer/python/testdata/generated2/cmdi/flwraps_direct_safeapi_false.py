# generated case (gen_cases2): rule=PY-CMDI context=flwraps propagation=direct sink=safe-api expected=false
import functools
import logging
import subprocess

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
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
