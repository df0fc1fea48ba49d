# generated case (gen_cases2): rule=PY-SQLI context=flwraps propagation=validator_ignored sink=v0 expected=true
import functools
import logging
import re
import sqlite3

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


@app.route("/sqli")
@audited
def handle_sqli():
    param = request.args.get("p", "")
    is_valid(param)
    bar = param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=result)
