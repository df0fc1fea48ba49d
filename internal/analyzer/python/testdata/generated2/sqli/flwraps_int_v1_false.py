# generated case (gen_cases2): rule=PY-SQLI context=flwraps propagation=int sink=v1 expected=false
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
    bar = str(int(param))
    conn = sqlite3.connect("app.db")
    result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
    return jsonify(result=result)
