# generated case (gen_cases2): rule=PY-SQLI context=djcbvpost propagation=resub_negclass sink=v1 expected=false
import re
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleSqliView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = re.sub(r"[^a-z0-9]", "", param)
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
