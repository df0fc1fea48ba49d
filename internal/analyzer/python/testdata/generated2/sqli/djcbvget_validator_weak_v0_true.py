# generated case (gen_cases2): rule=PY-SQLI context=djcbvget propagation=validator_weak sink=v0 expected=true
import sqlite3

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_short(value):
    return len(value) < 64


class HandleSqliView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        if not is_short(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return JsonResponse({"result": result})


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
