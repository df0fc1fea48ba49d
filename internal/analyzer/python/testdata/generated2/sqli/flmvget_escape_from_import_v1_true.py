# generated case (gen_cases2): rule=PY-SQLI context=flmvget propagation=escape_from_import sink=v1 expected=true
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView
from markupsafe import escape

app = Flask(__name__)


class HandleSqliView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = escape(param)
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
        return jsonify(result=result)


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
