# generated case (gen_cases2): rule=PY-SQLI context=flwraps propagation=tuple_index_const sink=v0 expected=false
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
    t = ("safe", param)
    bar = t[0]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT name, email FROM users WHERE id = " + bar)
    result = cur.fetchall()
    return jsonify(result=result)
