# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvget propagation=match_sequence sink=v1 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class HandlePathView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match param.split(",", 1):
            case [head, *_]:
                bar = head
            case _:
                bar = "default"
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
