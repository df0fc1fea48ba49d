# generated case (gen_cases2): rule=PY-SQLI context=flmvsuper propagation=direct sink=safe-api expected=false
import logging
import sqlite3

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        conn = sqlite3.connect("app.db")
        result = conn.execute("SELECT name, email FROM users WHERE id = ?", (bar,)).fetchall()
        return jsonify(result=result)


class HandleSqliView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/sqli", view_func=HandleSqliView.as_view("sqli"))
