# generated case (gen_cases2): rule=PY-XSS context=flmvinherit propagation=int sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        return "<p>Hello " + bar + "</p>"


class HandleXssView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
