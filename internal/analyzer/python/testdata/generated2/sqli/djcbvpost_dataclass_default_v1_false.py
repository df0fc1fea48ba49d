# generated case (gen_cases2): rule=PY-SQLI context=djcbvpost propagation=dataclass_default sink=v1 expected=false
import sqlite3

from dataclasses import dataclass
from django.http import JsonResponse
from django.urls import path
from django.views import View


@dataclass
class Query:
    term: str
    other: str = "safe"


class HandleSqliView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        q = Query(term=param)
        bar = q.other
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
