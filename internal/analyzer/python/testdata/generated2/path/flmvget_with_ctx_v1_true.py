# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvget propagation=with_ctx sink=v1 expected=true
import contextlib

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class HandlePathView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        with contextlib.nullcontext(param) as v:
            bar = v
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
