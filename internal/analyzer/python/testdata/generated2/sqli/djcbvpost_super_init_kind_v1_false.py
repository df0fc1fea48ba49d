# generated case (gen_cases2): rule=PY-SQLI context=djcbvpost propagation=super_init_kind sink=v1 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


class HandleSqliView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = Child(param).kind
        conn = sqlite3.connect("app.db")
        result = conn.execute(f"SELECT sku, qty FROM stock WHERE qty > {bar}").fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
