# generated case (gen_cases2): rule=PY-SQLI context=djcbvget propagation=validator_guard sink=v0 expected=false
import re
import sqlite3

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleSqliView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        if not is_valid(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)
        result = cur.fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
