# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=formlist shape=template_method_clean sink=v1 expected=false
import re
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class Pipeline:
    def __init__(self, value):
        self.value = value

    def run(self):
        return self.transform(self.value)

    def transform(self, value):
        return value


class CleanPipeline(Pipeline):
    def transform(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class TrimPipeline(Pipeline):
    def transform(self, value):
        return value.strip()


@app.route("/00015", methods=["POST"])
def benchmark_test_00015():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = CleanPipeline(param).run()
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()
    return jsonify(result=str(result))
