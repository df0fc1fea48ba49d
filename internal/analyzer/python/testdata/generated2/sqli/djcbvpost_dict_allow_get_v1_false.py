# generated case (gen_cases2): rule=PY-SQLI context=djcbvpost propagation=dict_allow_get sink=v1 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


class HandleSqliView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = ALLOWED.get(param, "alpha")
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
