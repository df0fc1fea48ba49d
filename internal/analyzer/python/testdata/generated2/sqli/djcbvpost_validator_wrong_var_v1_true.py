# generated case (gen_cases2): rule=PY-SQLI context=djcbvpost propagation=validator_wrong_var sink=v1 expected=true
import re
import sqlite3

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleSqliView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        other = "alpha"
        if not is_valid(other):
            return HttpResponseBadRequest("invalid")
        bar = param
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()  # want: PY-SQLI
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
