# py-sqli: an inherited method run on a subclass instance calls the
# subclass's override of a hook (self.where()), which may read the request
# itself even when nothing passed to the call is input.
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class Report:
    def run(self):
        conn = sqlite3.connect("app.db")
        return conn.execute("SELECT * FROM events WHERE " + self.where()).fetchall()  # want: PY-SQLI

    def where(self):
        return "1 = 1"


class UserReport(Report):
    def where(self):
        return "user = '" + request.args.get("u", "") + "'"


class TodayReport(Report):
    def where(self):
        return "day = date('now')"


@app.route("/user-report")
def user_report():
    return {"rows": UserReport().run()}


@app.route("/today-report")
def today_report():
    return {"rows": TodayReport().run()}
