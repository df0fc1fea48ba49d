# generated case (gen_cases2): rule=PY-SQLI context=flwraps propagation=listofdicts_used sink=v0 expected=true
import functools
import logging
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


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
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[1]["n"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=result)
