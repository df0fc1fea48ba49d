# generated case (gen_cases2): rule=PY-SQLI context=djcbvpost propagation=resub_negclass_compiled sink=v1 expected=false
import re
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


class HandleSqliView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = NOT_ALNUM.sub("", param)
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
