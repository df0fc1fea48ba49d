# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flwraps propagation=items_key_tainted sink=v0 expected=true
import functools
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@app.route("/path")
@audited
def handle_path():
    param = request.args.get("p", "")
    bar = ""
    for k, _v in {param: "safe"}.items():
        bar = k
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=result)
