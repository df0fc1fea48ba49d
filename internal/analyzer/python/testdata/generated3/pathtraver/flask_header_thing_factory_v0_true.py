# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header propagation=thing_factory sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00184", methods=["GET", "POST"])
def benchmark_test_00184():
    param = request.headers.get("Referer", "")
    thing = make_thing()
    bar = thing.do_something(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
