# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=reversed_list_taint sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = list(reversed(["safe", param]))[0]
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
