# generated case (gen_cases2): rule=PY-SQLI context=djcbvinherit propagation=direct sink=v0 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        conn = sqlite3.connect("app.db")
        cur = conn.cursor()
        cur.execute("SELECT name, email FROM users WHERE id = " + bar)  # want: PY-SQLI
        result = cur.fetchall()
        return JsonResponse({"result": result})


class HandleSqliView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("sqli/", HandleSqliView.as_view(), name="sqli"),
]
