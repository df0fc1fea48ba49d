# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=flmvget propagation=reversed_list_const sink=v1 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


class HandlePathView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = list(reversed(["safe", param]))[1]
        with open(BASE_DIR + "/" + bar, "rb") as fh:
            result = len(fh.read())
        return jsonify(result=result)


app.add_url_rule("/path", view_func=HandlePathView.as_view("path"))
