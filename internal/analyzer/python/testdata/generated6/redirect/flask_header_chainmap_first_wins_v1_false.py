# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header shape=chainmap_first_wins sink=v1 expected=false
import collections

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/00224", methods=["GET", "POST"])
def benchmark_test_00224():
    param = request.headers.get("Referer", "")
    bar = collections.ChainMap({"term": "all"}, {"term": param})["term"]
    return redirect("/" + bar)
