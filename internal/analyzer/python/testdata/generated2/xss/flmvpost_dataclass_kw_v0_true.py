# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=dataclass_kw sink=v0 expected=true
from dataclasses import dataclass
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


@dataclass
class Query:
    term: str
    other: str = "safe"


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        q = Query(term=param)
        bar = q.term
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
