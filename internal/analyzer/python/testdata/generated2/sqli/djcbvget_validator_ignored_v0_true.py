# generated case (gen_cases2): rule=PY-SQLI context=djcbvget propagation=validator_ignored sink=v0 expected=true
import re
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleSqliView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        is_valid(param)
        bar = param
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
